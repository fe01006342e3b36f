import { z } from '@hono/zod-openapi'
import { type ErrorReason, errorReasons } from '../../../shared/errors/reasons.ts'
import { findState } from '../../../shared/india/states.ts'
import { ROLES } from '../../db/schema.ts'
import { because } from '../../http/errors.ts'

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('must be a valid email address'))
  .openapi({ example: 'dr.asha@example.in' })

// Length and commonness are checked by passwordProblem() with the person's name and email.
const PasswordSchema = z.string().min(1, 'is required').max(1024)

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
      .openapi({ description: 'State name or GST state code, e.g. "Karnataka" or "29"' }),
  })
  .openapi('SignUp')

export const LoginSchema = z
  .object({
    email: EmailSchema,
    password: PasswordSchema,
    totpCode: z.string().trim().max(12).optional(),
    clinicId: z
      .uuid()
      .optional()
      .openapi({ description: 'Needed only when the account works at several clinics' }),
  })
  .openapi('Login')

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
      doctorsSeeAllPatients: z.boolean(),
      doctorsSeeAllAppointments: z.boolean(),
      timeZone: z
        .string()
        .openapi({ description: 'IANA zone the clinic works in, e.g. Asia/Kolkata' }),
    }),
    role: z.enum(ROLES),
    capabilities: z.array(z.string()),
    mustEnrolTwoFactor: z.boolean(),
  })
  .openapi('Me')

export const ClinicChoiceSchema = z
  .object({
    error: z.object({
      code: z.literal('conflict'),
      reason: z.literal('auth.choose_clinic'),
      params: z.object({}),
      message: z.string(),
      requestId: z.string(),
    }),
    clinics: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .openapi('ClinicChoice')

export const ResetRequestSchema = z.object({ email: EmailSchema }).openapi('PasswordResetRequest')
export const ResetConfirmSchema = z
  .object({ token: z.string().min(1, 'is required').max(100), password: PasswordSchema })
  .openapi('PasswordReset')

const ReasonSchema = z.enum(Object.keys(errorReasons) as [ErrorReason, ...ErrorReason[]]).openapi({
  description: 'Stable key of shared/errors/reasons.ts; clients translate it with its params',
})
const ParamsSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .openapi({ description: 'Values for the placeholders of the reason, e.g. {"from":"10:00"}' })

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'The category, which decides the status' }),
      reason: ReasonSchema,
      params: ParamsSchema,
      message: z.string().openapi({ description: 'In English, for developers and logs' }),
      field: z.string().optional(),
      issues: z
        .array(
          z.object({
            field: z.string(),
            reason: ReasonSchema,
            params: ParamsSchema,
            message: z.string(),
          }),
        )
        .optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error')

/** The standard error responses every route can give, for the OpenAPI document. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 429)[]) {
  const descriptions = {
    400: 'Bad input; the failing field is named',
    401: 'Not signed in, or the credentials are wrong',
    403: 'Not allowed for this role, or a CSRF check failed',
    404: 'Not found',
    409: 'Conflicts with existing data',
    410: 'The link has expired or was already used',
    429: 'Too many attempts; try again later',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status],
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  )
}
