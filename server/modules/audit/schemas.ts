import { z } from '@hono/zod-openapi'
import { isoDate, queryInt } from '../../../shared/contracts/primitives.ts'

export const AuditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  from: isoDate()
    .optional()
    .openapi({ description: 'First day, YYYY-MM-DD, in the clinic time zone' }),
  to: isoDate().optional().openapi({ description: 'Last day, YYYY-MM-DD, inclusive' }),
  // Event ids are bigint; JavaScript numbers are exact up to 2^53 - 1.
  before: queryInt(1, Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ description: 'Page: events older than this id' }),
  limit: queryInt(1, 200).default(50),
})

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
  .openapi('AuditEvent')

export const ChainReportSchema = z
  .object({
    isIntact: z.boolean(),
    checked: z.number(),
    unsealed: z.number(),
    firstBroken: z
      .object({ chainSeq: z.number(), eventId: z.number().nullable(), reason: z.string() })
      .optional(),
  })
  .openapi('AuditChainReport')
