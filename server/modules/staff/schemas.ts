import { z } from '@hono/zod-openapi'
import { ROLES } from '../../db/schema.ts'
import { because } from '../../http/errors.ts'
import { EmailSchema } from '../auth/schemas.ts'

const Registration = {
  registrationNumber: z.string().trim().min(1).max(50).nullable().optional(),
  registrationCouncil: z.string().trim().min(1).max(200).nullable().optional(),
}

export const MemberSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    fullName: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    registrationNumber: z.string().nullable(),
    registrationCouncil: z.string().nullable(),
    isActive: z.boolean(),
    joinedAt: z.string(),
  })
  .openapi('StaffMember')

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(ROLES),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    sentAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('Invitation')

export const InviteSchema = z
  .object({ email: EmailSchema, role: z.enum(ROLES), ...Registration })
  .openapi('InviteStaff')

export const ChangeStaffSchema = z
  .object({ role: z.enum(ROLES).optional(), ...Registration })
  .refine((value) => Object.keys(value).length > 0, because('field.nothing_to_change'))
  .openapi('ChangeStaff')

export const IdParam = z.object({ id: z.uuid() })
