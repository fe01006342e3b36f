import { createRoute, z } from '@hono/zod-openapi'
import {
  AuditEventSchema,
  AuditQuerySchema,
  ChainReportSchema,
} from '../../../shared/contracts/audit.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { presentAuditEvent } from './present.ts'
import { findAuditEvents } from './queries.ts'
import { verifyClinicChain } from './verify-clinic-chain.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

const listAuditEvents = createRoute({
  method: 'get',
  path: '/events',
  tags: ['Audit'],
  summary: 'The audit log, newest first, with filters',
  description:
    'Who did what, when and from where. "Who opened this patient\'s record?": filter by patientId.',
  middleware: [sessionRequired],
  request: { query: AuditQuerySchema },
  responses: {
    200: { description: 'The matching audit events', ...json(z.array(AuditEventSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const verifyAuditChain = createRoute({
  method: 'post',
  path: '/verify',
  tags: ['Audit'],
  summary: "Check this clinic's audit hash chain",
  middleware: [sessionRequired],
  responses: {
    200: { description: 'What the check of the hash chain found', ...json(ChainReportSchema) },
    ...errorResponses(401, 403),
  },
})

export const auditRoutes = createRouter()
  .openapi(
    listAuditEvents,
    clinicRoute(listAuditEvents, { can: 'audit.read' }, async (c, { tx, zone }) => {
      const rows = await findAuditEvents(tx, c.req.valid('query'), zone)
      return c.json(rows.map(presentAuditEvent), 200)
    }),
  )
  .openapi(
    verifyAuditChain,
    clinicRoute(verifyAuditChain, { can: 'audit.verify' }, async (c, { tx, actor }) => {
      const { clinicId: _, ...report } = await verifyClinicChain(tx, actor.clinicId)
      return c.json(report, 200)
    }),
  )
