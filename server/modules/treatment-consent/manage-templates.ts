import type { NewConsentTemplate } from '../../../shared/contracts/treatment-consent.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { TEMPLATE_COLUMNS, type TemplateRow } from './queries.ts'

// The unique index consent_form_templates_title (live, per language, ignoring case) decides.
const duplicate = () => fieldError('conflict', 'title', 'treatment_consent.template_title_taken')

const fields = (input: NewConsentTemplate) => ({
  title: input.title,
  procedure_kind: input.procedureKind,
  language: input.language,
  body: input.body,
})

/** Adds a clinic template (clinical.templates; the database refuses others too). */
export async function createTemplate(
  tx: Tx,
  actor: Session,
  input: NewConsentTemplate,
): Promise<TemplateRow> {
  return mapDatabaseErrors(
    tx
      .insertInto('consent_form_templates')
      .values({ clinic_id: actor.clinicId, ...fields(input), created_by: actor.userId })
      .returning(TEMPLATE_COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': duplicate() },
  )
}

/**
 * Replaces a live template and raises its version. Forms already filled keep the text they
 * were filled with (a snapshot), so what a patient signed never follows a later edit.
 */
export async function editTemplate(
  tx: Tx,
  actor: Session,
  templateId: string,
  input: NewConsentTemplate,
): Promise<TemplateRow> {
  const row = await mapDatabaseErrors(
    tx
      .updateTable('consent_form_templates')
      .set((eb) => ({
        ...fields(input),
        version: eb('version', '+', 1),
        updated_by: actor.userId,
      }))
      .where('id', '=', templateId)
      .where('is_archived', '=', false)
      .returning(TEMPLATE_COLUMNS)
      .executeTakeFirst(),
    { '23505': duplicate() },
  )
  if (!row) throw new AppError('not_found', 'treatment_consent.template_not_found')
  return row
}

/** Archives a live template: it is no longer offered; forms filled from it are unchanged. */
export async function archiveTemplate(tx: Tx, actor: Session, templateId: string): Promise<void> {
  const row = await tx
    .updateTable('consent_form_templates')
    .set({ is_archived: true, updated_by: actor.userId })
    .where('id', '=', templateId)
    .where('is_archived', '=', false)
    .returning('id')
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'treatment_consent.template_not_found')
}
