import { z } from 'zod'

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
  })
  .meta({ id: 'Clinic' })
export type Clinic = z.infer<typeof ClinicSchema>

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
  })
  .refine((settings) => Object.keys(settings).length > 0, 'must change at least one setting')
  .meta({ id: 'ClinicSettings' })
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>
