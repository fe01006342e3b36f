import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import { withClinic } from '../../db/with-clinic.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicTimeZone } from '../clinic/index.ts'
import { recordEvent } from './record.ts'
import { AuditEventSchema, AuditQuerySchema, ChainReportSchema } from './schemas.ts'
import { verifyChain } from './verify-chain.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/events',
      tags: ['Audit'],
      summary: 'The audit log, newest first, with filters',
      description:
        'Who did what, when and from where. "Who opened this patient\'s record?": filter by patientId.',
      middleware: [requireSession()],
      request: { query: AuditQuerySchema },
      responses: {
        200: { description: 'The matching audit events', ...json(z.array(AuditEventSchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'audit.read')
      const query = c.req.valid('query')
      const rows = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        const zone = await clinicTimeZone(tx)
        let select = tx
          .selectFrom('audit_events as e')
          .leftJoin('users as u', 'u.id', 'e.actor_user_id')
          .selectAll('e')
          .select('u.full_name as actor_name')
          .orderBy('e.id', 'desc')
          .limit(query.limit)
        if (query.actorUserId) select = select.where('e.actor_user_id', '=', query.actorUserId)
        if (query.patientId) select = select.where('e.patient_id', '=', query.patientId)
        // A prefix match ("auth." finds every sign-in event); LIKE wildcards in the input are escaped.
        if (query.action) {
          select = select.where('e.action', 'like', `${query.action.replace(/[\\%_]/g, '\\$&')}%`)
        }
        if (query.before) select = select.where('e.id', '<', query.before)
        // Days are the clinic's days: a receptionist in Kolkata means her 1 January.
        if (query.from)
          select = select.where(
            sql<boolean>`e.occurred_at >= (${query.from}::date)::timestamp AT TIME ZONE ${zone}`,
          )
        if (query.to)
          select = select.where(
            sql<boolean>`e.occurred_at < (${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}`,
          )
        return select.execute()
      })
      return c.json(
        rows.map((row) => ({
          id: Number(row.id),
          occurredAt: new Date(row.occurred_at).toISOString(),
          actor: { userId: row.actor_user_id, name: row.actor_name, role: row.actor_role },
          action: row.action,
          tableName: row.table_name,
          rowId: row.row_id,
          patientId: row.patient_id,
          before: row.before,
          after: row.after,
          details: row.details,
          requestId: row.request_id,
          ip: row.ip,
          userAgent: row.user_agent,
          isSealed: row.chain_seq !== null,
        })),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/verify',
      tags: ['Audit'],
      summary: "Check this clinic's audit hash chain",
      middleware: [requireSession()],
      responses: {
        200: { description: 'What the check of the hash chain found', ...json(ChainReportSchema) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      authorize(session, 'audit.verify')
      const report = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        const result = await verifyChain(tx, session.clinicId)
        await recordEvent(tx, 'audit.verified', {
          isIntact: result.isIntact,
          checked: result.checked,
        })
        return result
      })
      const { clinicId: _, ...body } = report
      return c.json(body, 200)
    },
  )
