import { z } from 'zod'
import { CAPABILITIES, type Capability, ROLES } from '../access/capabilities.ts'
import { findState } from '../india/states.ts'
import { because } from './primitives.ts'

/**
 * The auth and account API (server/modules/auth): signing up and in, invitations, password
 * resets, the signed-in person (/me), their sessions and two-factor. The server validates
 * with these schemas and the web app reads the same types.
 */

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('must be a valid email address'))
  .meta({ example: 'dr.asha@example.in' })

// Length and commonness are checked by passwordProblem() with the person's name and email.
export const PasswordSchema = z.string().min(1, 'is required').max(1024)

export const SignUpSchema = z
  .object({
    clinicName: z.string().trim().min(1, 'is required').max(200),
    ownerName: z.string().trim().min(1, 'is required').max(200),
    email: EmailSchema,
    password: PasswordSchema,
    state: z
      .string()
      .trim()
      .max(100)
      .refine((value) => findState(value) !== undefined, because('auth.indian_state'))
      .meta({ description: 'State name or GST state code, e.g. "Karnataka" or "29"' }),
  })
  .meta({ id: 'SignUp' })
export type SignUp = z.infer<typeof SignUpSchema>

export const LoginSchema = z
  .object({
    email: EmailSchema,
    password: PasswordSchema,
    totpCode: z.string().trim().max(12).optional(),
    clinicId: z
      .uuid()
      .optional()
      .meta({ description: 'Needed only when the account works at several clinics' }),
  })
  .meta({ id: 'Login' })
export type Login = z.infer<typeof LoginSchema>

export const MeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      fullName: z.string(),
      twoFactorEnabled: z.boolean(),
    }),
    clinic: z.object({
      id: z.uuid(),
      name: z.string(),
      stateCode: z.string().nullable(),
      requireTwoFactor: z.boolean(),
      /** Doctors may open every patient's clinical records, not only their care team's. */
      doctorsSeeAllPatients: z.boolean(),
      /** Doctors may see and change every doctor's appointments, not only their own. */
      doctorsSeeAllAppointments: z.boolean(),
      timeZone: z
        .string()
        .meta({ description: 'IANA zone the clinic works in, e.g. Asia/Kolkata' }),
    }),
    role: z.enum(ROLES),
    capabilities: z.array(z.string()),
    mustEnrolTwoFactor: z.boolean(),
  })
  .meta({ id: 'Me' })
export type Me = z.infer<typeof MeSchema>

/** Whether the signed-in person's role holds the capability (the server decides; this hides). */
export function can(me: Pick<Me, 'capabilities'>, capability: Capability): boolean {
  return capability in CAPABILITIES && me.capabilities.includes(capability)
}

const ClinicOptionSchema = z.object({ id: z.uuid(), name: z.string() })
export type ClinicOption = z.infer<typeof ClinicOptionSchema>

export const ClinicChoiceSchema = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      reason: z.literal('auth.choose_clinic'),
      params: z.object({}),
      message: z.string(),
      requestId: z.string(),
    }),
    clinics: z.array(ClinicOptionSchema),
  })
  .meta({ id: 'ClinicChoice' })
export type ClinicChoice = z.infer<typeof ClinicChoiceSchema>

export const ResetRequestSchema = z
  .object({ email: EmailSchema })
  .meta({ id: 'PasswordResetRequest' })
export const ResetConfirmSchema = z
  .object({ token: z.string().min(1, 'is required').max(100), password: PasswordSchema })
  .meta({ id: 'PasswordReset' })

/** One-time tokens travel in request bodies, never in URLs. */
export const TokenSchema = z.object({ token: z.string().min(1, 'is required').max(100) })

export const InvitationSummarySchema = z
  .object({
    clinicName: z.string(),
    email: EmailSchema,
    role: z.string(),
    hasAccount: z.boolean(),
  })
  .meta({ id: 'InvitationSummary' })
export type InvitationSummary = z.infer<typeof InvitationSummarySchema>

export const AcceptInvitationSchema = TokenSchema.extend({
  fullName: z.string().trim().min(1, 'is required').max(200).optional(),
  password: z.string().min(1, 'is required').max(1024),
}).meta({ id: 'AcceptInvitation' })
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>

export const MySessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .meta({ id: 'Session' })
export type MySession = z.infer<typeof MySessionSchema>

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: z.string().min(1, 'is required').max(1024),
})

export const TwoFactorSetupSchema = z
  .object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() })
  .meta({ id: 'TwoFactorSetup' })
export type TwoFactorSetup = z.infer<typeof TwoFactorSetupSchema>

export const TwoFactorCodeSchema = z.object({
  code: z.string().trim().min(1, 'is required').max(12),
})
export const CurrentPasswordSchema = z.object({
  password: z.string().min(1, 'is required').max(1024),
})

export const OutboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'OutboxMessage' })
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>
