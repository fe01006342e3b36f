import { createRoute } from '@hono/zod-openapi'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  PrescriptionDraftSchema,
  PrescriptionListSchema,
  PrescriptionSchema,
} from '../../../shared/contracts/prescriptions.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { prescriptionResponse, prescriptionSummaries } from './present.ts'
import { createPrescriptionDraft } from './save-draft.ts'

export const ACCESS =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team read; owners, admins and doctors with write access draft; prescription.issue (owners, admins, doctors) issues and cancels. Others get 403, and the database refuses them too.'
export const tags = ['Prescriptions']

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/prescriptions',
  tags,
  summary: "A patient's prescriptions, newest first (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The prescriptions', ...json(PrescriptionListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const createDraftRoute = createRoute({
  method: 'post',
  path: '/{id}/prescriptions',
  tags,
  summary: 'Start a draft prescription',
  description: `Every line names a drug of the master or of the clinic (drugCode), or says isCustom and gives the name; a dose above the drug's hard limit is refused (400 naming lines.N.doseAmount). The response carries the warnings the content gives. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(PrescriptionDraftSchema) } },
  responses: {
    201: { description: 'The draft', ...json(PrescriptionSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** A patient's prescriptions (mounted at /patients). */
export const patientPrescriptionRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const prescriptions = await prescriptionSummaries(tx, id)
      await recordRead(tx, {
        table: 'prescriptions',
        rowId: id,
        patientId: id,
        details: { prescriptions: prescriptions.length },
      })
      return c.json({ prescriptions }, 200)
    }),
  )
  .openapi(
    createDraftRoute,
    clinicRoute(
      createDraftRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll, today }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const draftId = await createPrescriptionDraft(tx, actor, id, c.req.valid('json'))
        return c.json(await prescriptionResponse(tx, draftId, today), 201)
      },
    ),
  )
