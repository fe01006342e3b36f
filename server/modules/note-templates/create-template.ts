import type { NewNoteTemplate } from '../../../shared/contracts/note-templates.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { TEMPLATE_COLUMNS, type TemplateRow } from './queries.ts'

// The unique index note_templates_name (live templates, case-insensitive) decides a clash.
const duplicate = () => fieldError('conflict', 'name', 'note_template.name_taken')

const sections = (input: NewNoteTemplate) => ({
  name: input.name,
  subjective: input.subjective ?? '',
  objective: input.objective ?? '',
  assessment: input.assessment ?? '',
  plan: input.plan ?? '',
})

/** Adds a template; 409 naming `name` if a live one already has the name. */
export function createTemplate(
  tx: Tx,
  actor: Session,
  input: NewNoteTemplate,
): Promise<TemplateRow> {
  return mapDatabaseErrors(
    tx
      .insertInto('note_templates')
      .values({ clinic_id: actor.clinicId, ...sections(input), updated_by: actor.userId })
      .returning(TEMPLATE_COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': duplicate() },
  )
}
