import { z } from 'zod'
import { isoDate, queryInt } from './primitives.ts'

/**
 * The audit log API (server/modules/audit): who did what, when and from where, and the check
 * of the hash chain. The server validates with these schemas and the web app reads the types.
 */

export const AuditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  from: isoDate()
    .optional()
    .meta({ description: 'First day, YYYY-MM-DD, in the clinic time zone' }),
  to: isoDate().optional().meta({ description: 'Last day, YYYY-MM-DD, inclusive' }),
  // Event ids are bigint; JavaScript numbers are exact up to 2^53 - 1.
  before: queryInt(1, Number.MAX_SAFE_INTEGER)
    .optional()
    .meta({ description: 'Page: events older than this id' }),
  limit: queryInt(1, 200).default(50),
})
export type AuditQuery = z.infer<typeof AuditQuerySchema>

export const AuditEventSchema = z
  .object({
    id: z.number(),
    occurredAt: z.string(),
    actor: z.object({
      userId: z.uuid().nullable(),
      name: z.string().nullable(),
      role: z.string().nullable(),
    }),
    action: z.string(),
    tableName: z.string().nullable(),
    rowId: z.string().nullable(),
    patientId: z.uuid().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    details: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    isSealed: z.boolean(),
  })
  .meta({ id: 'AuditEvent' })
export type AuditEvent = z.infer<typeof AuditEventSchema>

export const ChainReportSchema = z
  .object({
    isIntact: z.boolean(),
    checked: z.number(),
    unsealed: z.number(),
    firstBroken: z
      .object({ chainSeq: z.number(), eventId: z.number().nullable(), reason: z.string() })
      .optional(),
  })
  .meta({ id: 'AuditChainReport' })
export type ChainReport = z.infer<typeof ChainReportSchema>
