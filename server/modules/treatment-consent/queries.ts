import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

export const TEMPLATE_COLUMNS = [
  'id',
  'title',
  'procedure_kind',
  'language',
  'body',
  'version',
  'created_by',
  'updated_at',
] as const

/** The clinic's live (not archived) consent templates, by language and title. */
export function liveTemplates(tx: Tx) {
  return tx
    .selectFrom('consent_form_templates')
    .select(TEMPLATE_COLUMNS)
    .where('is_archived', '=', false)
    .orderBy('language')
    .orderBy(sql`lower(title)`)
    .orderBy('id')
    .execute()
}
export type TemplateRow = Awaited<ReturnType<typeof liveTemplates>>[number]

export function liveTemplate(tx: Tx, templateId: string) {
  return tx
    .selectFrom('consent_form_templates')
    .select(TEMPLATE_COLUMNS)
    .where('id', '=', templateId)
    .where('is_archived', '=', false)
    .executeTakeFirst()
}

/**
 * Gives the clinic the consent templates every clinic starts with (db function
 * seed_consent_form_templates, which holds their text). Runs as the caller, who must hold
 * clinical.templates.
 */
export async function seedConsentTemplates(tx: Tx, clinicId: string): Promise<void> {
  await sql`SELECT seed_consent_form_templates(${clinicId}::uuid)`.execute(tx)
}

/** The columns a form response is made of (never the signature images). */
const FORM_COLUMNS = [
  'treatment_consent_forms.id',
  'treatment_consent_forms.patient_id',
  'treatment_consent_forms.template_id',
  'treatment_consent_forms.template_version',
  'treatment_consent_forms.title',
  'treatment_consent_forms.procedure_kind',
  'treatment_consent_forms.language',
  'treatment_consent_forms.body',
  'treatment_consent_forms.plan_item_id',
  'treatment_consent_forms.doctor_id',
  'treatment_consent_forms.created_at',
  'treatment_consent_forms.patient_signed_by',
  'treatment_consent_forms.signer_name_cipher',
  'treatment_consent_forms.guardian_relationship',
  'treatment_consent_forms.patient_signed_at',
  'treatment_consent_forms.witnessed_by',
  'treatment_consent_forms.doctor_signed_at',
  'treatment_consent_forms.document_id',
] as const

function formsQuery(tx: Tx, patientId: string) {
  return tx
    .selectFrom('treatment_consent_forms')
    .innerJoin('users', 'users.id', 'treatment_consent_forms.doctor_id')
    .select(FORM_COLUMNS)
    .select('users.full_name as doctor_name')
    .where('treatment_consent_forms.patient_id', '=', patientId)
}

/** A patient's forms, newest first. */
export function formsOfPatient(tx: Tx, patientId: string) {
  return formsQuery(tx, patientId)
    .orderBy('treatment_consent_forms.created_at', 'desc')
    .orderBy('treatment_consent_forms.id')
    .execute()
}
export type FormRow = Awaited<ReturnType<typeof formsOfPatient>>[number]

export function formOfPatient(tx: Tx, patientId: string, formId: string) {
  return formsQuery(tx, patientId)
    .where('treatment_consent_forms.id', '=', formId)
    .executeTakeFirst()
}
