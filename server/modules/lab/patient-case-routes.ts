import { createRoute } from '@hono/zod-openapi'
import {
  LabCaseListSchema,
  LabCaseSchema,
  NewLabCaseSchema,
} from '../../../shared/contracts/lab.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { presentLabCase } from './present.ts'
import { loadCases } from './queries.ts'
import { ACCESS, caseAnswer, TAGS } from './respond.ts'
import { sendLabCase } from './send-lab-case.ts'

const listPatientCasesRoute = createRoute({
  method: 'get',
  path: '/{id}/lab-cases',
  tags: TAGS,
  summary: "A patient's dental lab cases, open first (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The cases', ...json(LabCaseListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const sendCaseRoute = createRoute({
  method: 'post',
  path: '/{id}/lab-cases',
  tags: TAGS,
  summary: 'Send a case to a dental lab (a crown on 36, a denture…)',
  description: `Sent today (the clinic's date) unless sentOn is given; due on or after it. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewLabCaseSchema) } },
  responses: {
    201: { description: 'The new case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /patients. */
export const patientLabCaseRoutes = createRouter()
  .openapi(
    listPatientCasesRoute,
    clinicRoute(
      listPatientCasesRoute,
      { can: 'clinical.read' },
      async (c, { tx, today, clinicalAll }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const cases = await loadCases(tx, today, { patientId: id })
        await recordRead(tx, {
          table: 'lab_cases',
          rowId: id,
          patientId: id,
          details: { cases: cases.length },
        })
        return c.json({ today, cases: cases.map(presentLabCase) }, 200)
      },
    ),
  )
  .openapi(
    sendCaseRoute,
    clinicRoute(
      sendCaseRoute,
      { can: 'lab.manage' },
      async (c, { tx, actor, today, clinicalAll }) => {
        const { id } = c.req.valid('param')
        // Assistants send cases but hold no clinical.write: the read half of the care-team rule,
        // with lab.manage, is what the database's policies ask too (the lab_cases migration).
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const caseId = await sendLabCase(tx, actor, id, today, c.req.valid('json'))
        return c.json(await caseAnswer(tx, today, caseId), 201)
      },
    ),
  )
