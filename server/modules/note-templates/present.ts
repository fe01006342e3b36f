import type { NoteTemplate } from '../../../shared/contracts/note-templates.ts'
import type { TemplateRow } from './queries.ts'

/** Every field a template response carries. */
export function presentTemplate(row: TemplateRow): NoteTemplate {
  return {
    id: row.id,
    name: row.name,
    subjective: row.subjective,
    objective: row.objective,
    assessment: row.assessment,
    plan: row.plan,
    isCustom: row.created_by !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}
