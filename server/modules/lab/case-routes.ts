import { createRoute } from '@hono/zod-openapi'
import {
  FitLabCaseSchema,
  LabBoardQuery,
  LabCaseIdParam,
  LabCaseListSchema,
  LabCasePatchSchema,
  LabCaseSchema,
  ReceiveLabCaseSchema,
  RemakeLabCaseSchema,
} from '../../../shared/contracts/lab.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { recordRead } from '../audit/index.ts'
import { changeLabCase } from './change-lab-case.ts'
import { fitLabCase } from './fit-lab-case.ts'
import { presentLabCase } from './present.ts'
import { loadCases } from './queries.ts'
import { receiveLabCase } from './receive-lab-case.ts'
import { remakeLabCase } from './remake-lab-case.ts'
import { ACCESS, caseAnswer, TAGS } from './respond.ts'

const boardRoute = createRoute({
  method: 'get',
  path: '/',
  tags: TAGS,
  summary: 'The lab case board: cases by status, overdue ones, one lab',
  description: `Overdue: still at the lab and due before the clinic's today (daysOverdue counts from it). Open cases first by due date; fitted and remade ones, the latest few hundred. Only the cases of patients the caller may read. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: LabBoardQuery },
  responses: {
    200: { description: 'The cases', ...json(LabCaseListSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const readCaseRoute = createRoute({
  method: 'get',
  path: '/{caseId}',
  tags: TAGS,
  summary: 'One lab case, with its steps',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: LabCaseIdParam },
  responses: {
    200: { description: 'The case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const changeCaseRoute = createRoute({
  method: 'patch',
  path: '/{caseId}',
  tags: TAGS,
  summary: "Correct a case's lab, work, teeth, shade, material, dates, plan item or cost",
  description: `A remade case does not change (409). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: LabCaseIdParam, body: { required: true, ...json(LabCasePatchSchema) } },
  responses: {
    200: { description: 'The case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const receiveCaseRoute = createRoute({
  method: 'post',
  path: '/{caseId}/receive',
  tags: TAGS,
  summary: 'The work is back from the lab (today unless receivedOn is given)',
  description: `Only a case at the lab (sent); not before it was sent, not after today. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: LabCaseIdParam, body: { required: true, ...json(ReceiveLabCaseSchema) } },
  responses: {
    200: { description: 'The case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const fitCaseRoute = createRoute({
  method: 'post',
  path: '/{caseId}/fit',
  tags: TAGS,
  summary: 'The work is fitted (today unless fittedOn is given)',
  description: `Only a received case; not before it was received, not after today. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: LabCaseIdParam, body: { required: true, ...json(FitLabCaseSchema) } },
  responses: {
    200: { description: 'The case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const remakeCaseRoute = createRoute({
  method: 'post',
  path: '/{caseId}/remake',
  tags: TAGS,
  summary: 'The work must be made again: close the case as remade and send a new one linked to it',
  description: `Only a case sent or received. The new case has the same work and teeth, to the same lab unless labId is given. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: LabCaseIdParam, body: { required: true, ...json(RemakeLabCaseSchema) } },
  responses: {
    201: { description: 'The new case', ...json(LabCaseSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /lab-cases: the board and the steps of one case. */
export const labCaseRoutes = createRouter()
  .openapi(
    boardRoute,
    clinicRoute(boardRoute, { can: 'clinical.read' }, async (c, { tx, today }) => {
      const query = c.req.valid('query')
      const cases = await loadCases(tx, today, {
        status: query.status,
        labId: query.labId,
        isOverdue: query.overdue === 'true',
      })
      return c.json({ today, cases: cases.map(presentLabCase) }, 200)
    }),
  )
  .openapi(
    readCaseRoute,
    clinicRoute(readCaseRoute, { can: 'clinical.read' }, async (c, { tx, today }) => {
      const answer = await caseAnswer(tx, today, c.req.valid('param').caseId)
      await recordRead(tx, { table: 'lab_cases', rowId: answer.id, patientId: answer.patientId })
      return c.json(answer, 200)
    }),
  )
  .openapi(
    changeCaseRoute,
    clinicRoute(changeCaseRoute, { can: 'lab.manage' }, async (c, { tx, today }) => {
      const { caseId } = c.req.valid('param')
      await changeLabCase(tx, caseId, today, c.req.valid('json'))
      return c.json(await caseAnswer(tx, today, caseId), 200)
    }),
  )
  .openapi(
    receiveCaseRoute,
    clinicRoute(receiveCaseRoute, { can: 'lab.manage' }, async (c, { tx, actor, today }) => {
      const { caseId } = c.req.valid('param')
      await receiveLabCase(tx, actor, caseId, today, c.req.valid('json'))
      return c.json(await caseAnswer(tx, today, caseId), 200)
    }),
  )
  .openapi(
    fitCaseRoute,
    clinicRoute(fitCaseRoute, { can: 'lab.manage' }, async (c, { tx, actor, today }) => {
      const { caseId } = c.req.valid('param')
      await fitLabCase(tx, actor, caseId, today, c.req.valid('json'))
      return c.json(await caseAnswer(tx, today, caseId), 200)
    }),
  )
  .openapi(
    remakeCaseRoute,
    clinicRoute(remakeCaseRoute, { can: 'lab.manage' }, async (c, { tx, actor, today }) => {
      const { caseId } = c.req.valid('param')
      const newId = await remakeLabCase(tx, actor, caseId, today, c.req.valid('json'))
      return c.json(await caseAnswer(tx, today, newId), 201)
    }),
  )
