import { z } from 'zod'
import { hasWellFormedPrompts } from '../notes/template-prompts.ts'
import { because, text } from './primitives.ts'

/**
 * Note templates (server/modules/note-templates): starting text for the four SOAP sections of a
 * clinical note, with prompts written [[Label]] that the notes screen turns into fields
 * (shared/notes/template-prompts.ts). Owners and admins manage them; clinical roles read them.
 */

const section = () =>
  text(4000, { isRequired: false })
    .refine(hasWellFormedPrompts, because('note_template.prompt'))
    .optional()
    .meta({ description: 'Text with prompts written [[Label]], 1 to 80 characters each' })

export const NoteTemplateFieldsSchema = z.object({
  name: text(80).meta({ description: 'Unique in the clinic, ignoring case' }),
  subjective: section(),
  objective: section(),
  assessment: section(),
  plan: section(),
})

export const NewNoteTemplateSchema = NoteTemplateFieldsSchema.meta({ id: 'NewNoteTemplate' })
export type NewNoteTemplate = z.infer<typeof NewNoteTemplateSchema>

/** A whole template is sent on edit: the sections left out become empty. */
export const EditNoteTemplateSchema = NoteTemplateFieldsSchema.meta({ id: 'EditNoteTemplate' })
export type EditNoteTemplate = z.infer<typeof EditNoteTemplateSchema>

export const NoteTemplateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    subjective: z.string(),
    objective: z.string(),
    assessment: z.string(),
    plan: z.string(),
    /** False for the templates every clinic starts with. */
    isCustom: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NoteTemplate' })
export type NoteTemplate = z.infer<typeof NoteTemplateSchema>

export const NoteTemplateListSchema = z
  .object({ templates: z.array(NoteTemplateSchema) })
  .meta({ id: 'NoteTemplateList' })

export const NoteTemplateIdParam = z.object({ id: z.uuid() })
