import type { EditNoteTemplate, NewNoteTemplate } from '../../../shared/contracts/note-templates.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
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

/** Replaces a live template's name and text; 404 if it is archived or not this clinic's. */
export async function editTemplate(
  tx: Tx,
  actor: Session,
  templateId: string,
  input: EditNoteTemplate,
): Promise<TemplateRow> {
  const row = await mapDatabaseErrors(
    tx
      .updateTable('note_templates')
      .set({ ...sections(input), updated_by: actor.userId })
      .where('id', '=', templateId)
      .where('is_archived', '=', false)
      .returning(TEMPLATE_COLUMNS)
      .executeTakeFirst(),
    { '23505': duplicate() },
  )
  if (!row) throw new AppError('not_found', 'note_template.not_found')
  return row
}
