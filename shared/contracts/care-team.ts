import { z } from 'zod'

/** Care teams as the API takes and sends them (server/modules/care-team, web/src/features/care-team). */

export const CareTeamMemberSchema = z
  .object({
    userId: z.uuid(),
    fullName: z.string(),
    role: z.enum(['doctor', 'assistant']),
    addedAt: z.iso.datetime(),
  })
  .meta({ id: 'CareTeamMember' })
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>

/** A doctor or assistant who can be put on a patient's care team. */
export const ClinicianSchema = CareTeamMemberSchema.omit({ addedAt: true }).meta({
  id: 'Clinician',
})
export type Clinician = z.infer<typeof ClinicianSchema>

/** The body of POST /patients/{id}/care-team. */
export const AddCareTeamMemberSchema = z
  .object({ userId: z.uuid() })
  .meta({ id: 'AddCareTeamMember' })

export const CareTeamMemberParam = z.object({ id: z.uuid(), userId: z.uuid() })
