import { z } from 'zod'
import { checkGstin, GSTIN_FORMAT, type GstinErrorCode } from '../billing/gstin.ts'
import { STATE_CODES } from '../india/states.ts'
import { because, text } from './primitives.ts'

/**
 * The clinic API (server/modules/clinic): the clinic's own settings. The server validates with
 * these schemas and the web app reads the same types.
 */

export const ClinicSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    stateCode: z.string().nullable(),
    timeZone: z.string(),
    requireTwoFactor: z.boolean(),
    doctorsSeeAllPatients: z.boolean(),
    doctorsSeeAllAppointments: z.boolean(),
    // The letterhead printed on the clinic's documents (server/lib/pdf).
    addressLine1: z.string().nullable(),
    addressLine2: z.string().nullable(),
    city: z.string().nullable(),
    pinCode: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    gstin: z.string().nullable(),
    /** The legal name on the GST registration, printed as the supplier; null: the clinic's name. */
    legalName: z.string().nullable(),
    hasLogo: z.boolean(),
  })
  .meta({ id: 'Clinic' })
export type Clinic = z.infer<typeof ClinicSchema>

// State code, PAN (5 letters, 4 digits, a letter), entity number, 'Z', check character. Defined
// with the GSTIN check in shared/billing/gstin.ts (dependency-free); re-exported for old imports.
export { GSTIN_FORMAT }

/** What each GSTIN problem is called in an error (shared/errors/reasons.ts). */
export const GSTIN_REASONS = {
  format: 'clinic.gstin',
  check_character: 'clinic.gstin_check_character',
  pan_serial: 'clinic.gstin_pan_serial',
} as const satisfies Record<Exclude<GstinErrorCode, 'state'>, string>

/** The largest letterhead logo accepted: a logo is small, and every PDF embeds it. */
export const LOGO_MAX_BYTES = 512 * 1024
export const LOGO_MAX_LABEL = '512 KB'

export const ClinicSettingsSchema = z
  .object({
    requireTwoFactor: z
      .boolean()
      .optional()
      .meta({ description: 'Owners and admins must use two-factor sign-in' }),
    doctorsSeeAllPatients: z.boolean().optional().meta({
      description: "Doctors may open every patient's clinical records, not only their care team's",
    }),
    doctorsSeeAllAppointments: z.boolean().optional().meta({
      description: "Doctors may see and change every doctor's appointments, not only their own",
    }),
    // The letterhead: each optional, null clears it.
    stateCode: z
      .enum(STATE_CODES)
      .nullable()
      .optional()
      .meta({ description: 'GST state code of the clinic, e.g. 27 (Maharashtra)' }),
    legalName: text(200)
      .nullable()
      .optional()
      .meta({ description: 'Legal name on the GST registration, if not the clinic name' }),
    addressLine1: text(200).nullable().optional(),
    addressLine2: text(200).nullable().optional(),
    city: text(100).nullable().optional(),
    pinCode: z
      .string()
      .trim()
      .max(10)
      .refine((value) => /^[1-9][0-9]{5}$/.test(value), because('clinic.pin_code'))
      .nullable()
      .optional(),
    phone: z
      .string()
      .trim()
      .max(40)
      .refine((value) => /^\+?[0-9][0-9 ()-]{5,38}$/.test(value), because('clinic.phone'))
      .nullable()
      .optional()
      .meta({ example: '+91 20 2612 3456' }),
    email: z
      .string()
      .trim()
      .max(254)
      .toLowerCase()
      .pipe(z.email('must be a valid email address'))
      .nullable()
      .optional(),
    gstin: z
      .string()
      .trim()
      .max(20)
      .toUpperCase()
      // Format, then the Luhn mod 36 check character (india-domain §3.5): a mistyped GSTIN on an
      // invoice makes the buyer's input tax credit fail. That the state code is the clinic's
      // state is checked on save, against the state saved or sent.
      .superRefine((value, context) => {
        const check = checkGstin(value)
        if (check.ok) return
        // Without the clinic's state here, 'state' means a prefix that is no state at all.
        const reason = check.code === 'state' ? 'clinic.gstin' : GSTIN_REASONS[check.code]
        context.addIssue({ code: 'custom', ...because(reason) })
      })
      .nullable()
      .optional()
      .meta({ example: '27AAPFU0939F1ZV' }),
  })
  .refine((settings) => Object.keys(settings).length > 0, 'must change at least one setting')
  .meta({ id: 'ClinicSettings' })
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>
