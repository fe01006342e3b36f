import { z } from 'zod'
import { boundedInt, isoDate, text } from './primitives.ts'

/**
 * Clinical notes (SOAP) as the API takes and sends them (server/modules/notes). A draft is
 * edited with its version (409 if someone saved a newer one); a signed note is locked and
 * carries the SHA-256 of its canonical form (ADR 0016); corrections are signed addenda.
 */

const section = () => text(10_000, { isRequired: false }).optional()

export const NoteFieldsSchema = z.object({
  visitDate: isoDate()
    .optional()
    .meta({ description: 'The visit; today (clinic time) if left out' }),
  appointmentId: z.uuid().nullable().optional().meta({
    description: 'An appointment of the same patient, or null',
  }),
  subjective: section(),
  objective: section(),
  assessment: section(),
  plan: section(),
})

export const NewNoteSchema = NoteFieldsSchema.meta({ id: 'NewNote' })
export type NewNote = z.infer<typeof NewNoteSchema>

export const EditNoteSchema = NoteFieldsSchema.extend({
  version: boundedInt(1).meta({ description: 'The version you edited' }),
}).meta({ id: 'EditNote' })
export type EditNote = z.infer<typeof EditNoteSchema>

export const SignNoteSchema = z
  .object({ version: boundedInt(1).meta({ description: 'The version you read and sign' }) })
  .meta({ id: 'SignNote' })

export const NewAddendumSchema = z.object({ text: text(10_000) }).meta({ id: 'NewAddendum' })

export const NOTE_STATES = ['draft', 'signed', 'signed_with_addenda'] as const

export const AddendumSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    signedBy: z.string().nullable(),
    signedAt: z.string(),
    contentHash: z.string(),
  })
  .meta({ id: 'NoteAddendum' })

export const NoteSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    visitDate: z.string(),
    appointmentId: z.uuid().nullable(),
    subjective: z.string(),
    objective: z.string(),
    assessment: z.string(),
    plan: z.string(),
    version: z.number(),
    state: z.enum(NOTE_STATES),
    author: z.string().nullable(),
    authorId: z.uuid(),
    updatedAt: z.string(),
    signedBy: z.string().nullable(),
    signedAt: z.string().nullable(),
    contentHash: z.string().nullable(),
    addenda: z.array(AddendumSchema),
  })
  .meta({ id: 'Note' })
export type Note = z.infer<typeof NoteSchema>

export const NoteListSchema = z.object({ notes: z.array(NoteSchema) }).meta({ id: 'NoteList' })

export const DraftSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    patientName: z.string(),
    visitDate: z.string(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NoteDraft' })
export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) }).meta({ id: 'DraftList' })

export const NoteVerificationSchema = z
  .object({
    valid: z.boolean(),
    addenda: z.array(z.object({ id: z.uuid(), valid: z.boolean() })),
  })
  .meta({ id: 'NoteVerification' })

export const NoteParams = z.object({ id: z.uuid(), noteId: z.uuid() })
