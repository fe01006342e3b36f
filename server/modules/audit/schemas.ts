import { z } from '@hono/zod-openapi'

export const AuditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  action: z.string().trim().max(100).optional(),
  from: z.iso
    .date()
    .optional()
    .openapi({ description: 'First day, YYYY-MM-DD, in the clinic time zone' }),
  to: z.iso.date().optional().openapi({ description: 'Last day, YYYY-MM-DD, inclusive' }),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .openapi({ description: 'Page: events older than this id' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
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
