import { createRoute } from '@hono/zod-openapi'
import {
  CertificateListSchema,
  CertificateParams,
  CertificateSchema,
  NewCertificateSchema,
  SignCertificateSchema,
} from '../../../shared/contracts/certificates.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { createCertificate } from './create-certificate.ts'
import { deleteCertificate } from './delete-certificate.ts'
import { presentCertificate } from './present.ts'
import { certificateOfPatient, certificatesOfPatient } from './queries.ts'
import { signCertificate } from './sign-certificate.ts'

const tags = ['Medical certificates']
const ACCESS =
  'Clinical data: owners and admins; doctors on the patient’s care team (any patient if the clinic allows). Others get 403, and the database refuses them too.'

async function certificateResponse(tx: Tx, patientId: string, certificateId: string) {
  const row = await certificateOfPatient(tx, patientId, certificateId)
  if (!row) throw new AppError('not_found', 'certificate.not_found')
  return presentCertificate(row)
}

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/certificates',
  tags,
  summary: "A patient's medical certificates, newest first (recorded as a read)",
  description: `Clinical readers (assistants too). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'Certificates', ...json(CertificateListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const createCertificateRoute = createRoute({
  method: 'post',
  path: '/{id}/certificates',
  tags,
  summary: 'Write a draft medical certificate (fitness, sick leave or attendance)',
  description: `Sick leave needs toDate, on or after fromDate, at most 90 days in all (400 naming toDate). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewCertificateSchema) } },
  responses: {
    201: { description: 'The draft', ...json(CertificateSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const signRoute = createRoute({
  method: 'post',
  path: '/{id}/certificates/{certificateId}/sign',
  tags,
  summary: 'Sign a certificate: its PDF is stored with the documents and it is locked',
  description:
    'Doctors, owners and admins (clinical.sign) with clinical write access and a registration number in their staff profile (400 naming registrationNumber). Assistants and the front desk get 403. 409 once signed.',
  middleware: [sessionRequired],
  request: { params: CertificateParams, body: { required: true, ...json(SignCertificateSchema) } },
  responses: {
    200: { description: 'The signed certificate', ...json(CertificateSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}/certificates/{certificateId}',
  tags,
  summary: 'Delete a draft certificate (409 certificate.signed_locked once signed)',
  description: `The same access as writing one. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: CertificateParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})

/** A patient's medical certificates (mounted at /patients). */
export const certificateRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const rows = await certificatesOfPatient(tx, id)
      await recordRead(tx, {
        table: 'medical_certificates',
        rowId: id,
        patientId: id,
        details: { certificates: rows.length },
      })
      return c.json({ certificates: rows.map(presentCertificate) }, 200)
    }),
  )
  .openapi(
    createCertificateRoute,
    clinicRoute(
      createCertificateRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const certificateId = await createCertificate(tx, actor, id, c.req.valid('json'))
        return c.json(await certificateResponse(tx, id, certificateId), 201)
      },
    ),
  )
  .openapi(
    deleteRoute,
    clinicRoute(deleteRoute, { can: 'clinical.write' }, async (c, { tx, clinicalAll }) => {
      const { id, certificateId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
      await deleteCertificate(tx, id, certificateId)
      return c.body(null, 204)
    }),
  )
  .openapi(
    signRoute,
    clinicRoute(
      signRoute,
      { can: 'clinical.sign', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, zone, now }) => {
        const { id, certificateId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const tools = { storage: c.var.deps.storage, cipher }
        await signCertificate(
          tx,
          tools,
          actor,
          { zone, now },
          { patientId: id, certificateId },
          c.req.valid('json'),
        )
        return c.json(await certificateResponse(tx, id, certificateId), 200)
      },
    ),
  )
