import { createRoute } from '@hono/zod-openapi'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  ConsentFormListSchema,
  ConsentFormParams,
  ConsentFormSchema,
  DoctorSignatureSchema,
  NewConsentFormSchema,
  PatientSignatureSchema,
} from '../../../shared/contracts/treatment-consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { deleteForm } from './delete-form.ts'
import { fillForm } from './fill-form.ts'
import { presentForm } from './present.ts'
import { formOfPatient, formsOfPatient } from './queries.ts'
import { signAsDoctor } from './sign-doctor.ts'
import { signAsPatient } from './sign-patient.ts'

const tags = ['Treatment consent forms']
const ACCESS =
  'Clinical data: owners and admins; doctors on the patient’s care team (any patient if the clinic allows). Others get 403, and the database refuses them too.'

async function formResponse(tx: Tx, cipher: ClinicCipher, patientId: string, formId: string) {
  const row = await formOfPatient(tx, patientId, formId)
  if (!row) throw new AppError('not_found', 'treatment_consent.not_found')
  return presentForm(row, cipher)
}

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/treatment-consents',
  tags,
  summary: "A patient's treatment consent forms, newest first (recorded as a read)",
  description: `Clinical readers (assistants too). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'Forms', ...json(ConsentFormListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const fillRoute = createRoute({
  method: 'post',
  path: '/{id}/treatment-consents',
  tags,
  summary: 'Fill a consent template for the patient; the person filling is the doctor',
  description: `Every placeholder the template asks for needs a value (400 naming values.<key>). The rendered text is kept as it is now. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewConsentFormSchema) } },
  responses: {
    201: { description: 'The form, awaiting the patient', ...json(ConsentFormSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}/treatment-consents/{consentId}',
  tags,
  summary: 'Delete a form nobody has signed (409 once the patient has signed)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: ConsentFormParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})
const signPatientRoute = createRoute({
  method: 'post',
  path: '/{id}/treatment-consents/{consentId}/sign-patient',
  tags,
  summary: 'The patient (or a guardian, with relationship) signs on the tablet',
  description: `A patient under 18 is signed for by a guardian. The person acting is the witness. 409 if already signed. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: ConsentFormParams, body: { required: true, ...json(PatientSignatureSchema) } },
  responses: {
    200: { description: 'The form, awaiting the doctor', ...json(ConsentFormSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const signDoctorRoute = createRoute({
  method: 'post',
  path: '/{id}/treatment-consents/{consentId}/sign-doctor',
  tags,
  summary: 'The doctor countersigns: the signed PDF is stored with the documents',
  description:
    'Only the doctor named on the form, with clinical.sign and a registration number in their staff profile (400 naming registrationNumber). Assistants and the front desk get 403. 409 before the patient has signed, or once signed.',
  middleware: [sessionRequired],
  request: { params: ConsentFormParams, body: { required: true, ...json(DoctorSignatureSchema) } },
  responses: {
    200: { description: 'The signed form', ...json(ConsentFormSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** A patient's treatment consent forms (mounted at /patients). */
export const consentFormRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(
      listRoute,
      { can: 'clinical.read', needs: ['cipher'] },
      async (c, { tx, cipher, clinicalAll }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const rows = await formsOfPatient(tx, id)
        await recordRead(tx, {
          table: 'treatment_consent_forms',
          rowId: id,
          patientId: id,
          details: { forms: rows.length },
        })
        return c.json({ forms: rows.map((row) => presentForm(row, cipher)) }, 200)
      },
    ),
  )
  .openapi(
    fillRoute,
    clinicRoute(
      fillRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, today }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const formId = await fillForm(tx, actor, { today }, id, c.req.valid('json'))
        return c.json(await formResponse(tx, cipher, id, formId), 201)
      },
    ),
  )
  .openapi(
    deleteRoute,
    clinicRoute(deleteRoute, { can: 'clinical.write' }, async (c, { tx, clinicalAll }) => {
      const { id, consentId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
      await deleteForm(tx, id, consentId)
      return c.body(null, 204)
    }),
  )
  .openapi(
    signPatientRoute,
    clinicRoute(
      signPatientRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, today, now }) => {
        const { id, consentId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const target = { patientId: id, formId: consentId }
        await signAsPatient(tx, actor, cipher, { today, now }, target, c.req.valid('json'))
        return c.json(await formResponse(tx, cipher, id, consentId), 200)
      },
    ),
  )
  .openapi(
    signDoctorRoute,
    clinicRoute(
      signDoctorRoute,
      { can: 'clinical.sign', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, zone, now }) => {
        const { id, consentId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const tools = { storage: c.var.deps.storage, cipher }
        const target = { patientId: id, formId: consentId }
        await signAsDoctor(tx, tools, actor, { zone, now }, target, c.req.valid('json'))
        return c.json(await formResponse(tx, cipher, id, consentId), 200)
      },
    ),
  )
