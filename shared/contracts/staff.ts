import { z } from 'zod'
import { ROLES } from '../access/capabilities.ts'
import { EmailSchema } from './auth.ts'
import { because } from './primitives.ts'

/**
 * The staff API (server/modules/staff): who works at the clinic, invitations, role changes and
 * deactivation. The server validates with these schemas and the web app reads the same types.
 */

/**
 * What a prescription or certificate prints under the prescriber's name: qualification, council
 * and registration number (Telemedicine Practice Guidelines 2020, Appendix 5; IMC Regulations
 * 1.4.2). Limits match the database checks; null clears a value.
 */
const Registration = {
  qualification: z.string().trim().min(1).max(200).nullable().optional(),
  registrationNumber: z.string().trim().min(1).max(50).nullable().optional(),
  registrationCouncil: z.string().trim().min(1).max(200).nullable().optional(),
}

export const StaffMemberSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    fullName: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    qualification: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    registrationCouncil: z.string().nullable(),
    isActive: z.boolean(),
    joinedAt: z.string(),
  })
  .meta({ id: 'StaffMember' })
export type StaffMember = z.infer<typeof StaffMemberSchema>

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

export const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(ROLES),
    status: z.enum(INVITATION_STATUSES),
    sentAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' })
export type Invitation = z.infer<typeof InvitationSchema>

export const InviteStaffSchema = z
  .object({ email: EmailSchema, role: z.enum(ROLES), ...Registration })
  .meta({ id: 'InviteStaff' })
export type InviteStaff = z.infer<typeof InviteStaffSchema>

export const ChangeStaffSchema = z
  .object({ role: z.enum(ROLES).optional(), ...Registration })
  .refine((value) => Object.keys(value).length > 0, because('field.nothing_to_change'))
  .meta({ id: 'ChangeStaff' })
export type ChangeStaff = z.infer<typeof ChangeStaffSchema>
