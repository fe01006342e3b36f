import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

export const TEMPLATE_COLUMNS = [
  'id',
  'name',
  'subjective',
  'objective',
  'assessment',
  'plan',
  'created_by',
  'updated_at',
] as const

/** The clinic's live (not archived) templates, by name. */
export function liveTemplates(tx: Tx) {
  return tx
    .selectFrom('note_templates')
    .select(TEMPLATE_COLUMNS)
    .where('is_archived', '=', false)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute()
}

export type TemplateRow = Awaited<ReturnType<typeof liveTemplates>>[number]

/**
 * Gives the clinic the templates every clinic starts with (db function seed_note_templates,
 * which holds their text). Runs as the caller, so the caller must hold clinical.templates.
 */
export async function seedNoteTemplates(tx: Tx, clinicId: string): Promise<void> {
  await sql`SELECT seed_note_templates(${clinicId}::uuid)`.execute(tx)
}
