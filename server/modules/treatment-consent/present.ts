import {
  askedPlaceholders,
  type ConsentForm,
  type ConsentTemplate,
} from '../../../shared/contracts/treatment-consent.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import type { FormRow, TemplateRow } from './queries.ts'

/** Every field a template response carries. */
export function presentTemplate(row: TemplateRow): ConsentTemplate {
  return {
    id: row.id,
    title: row.title,
    procedureKind: row.procedure_kind,
    language: row.language,
    body: row.body,
    version: row.version,
    placeholders: askedPlaceholders(row.body),
    isCustom: row.created_by !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/** Every field a form response carries; the guardian's name is decrypted here. */
export function presentForm(row: FormRow, cipher: ClinicCipher): ConsentForm {
  return {
    id: row.id,
    patientId: row.patient_id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    title: row.title,
    procedureKind: row.procedure_kind,
    language: row.language,
    body: row.body,
    planItemId: row.plan_item_id,
    doctorId: row.doctor_id,
    doctorName: row.doctor_name,
    state:
      row.doctor_signed_at !== null
        ? 'signed'
        : row.patient_signed_at !== null
          ? 'awaiting_doctor'
          : 'awaiting_patient',
    createdAt: new Date(row.created_at).toISOString(),
    patientSignedBy: row.patient_signed_by,
    guardianName:
      row.signer_name_cipher === null
        ? null
        : cipher.decrypt(
            'treatment_consent_forms.signer_name',
            // PGlite answers bytea as a Uint8Array; the cipher wants a Buffer.
            Buffer.from(row.signer_name_cipher),
          ),
    guardianRelationship: row.guardian_relationship,
    patientSignedAt: iso(row.patient_signed_at),
    doctorSignedAt: iso(row.doctor_signed_at),
    documentId: row.document_id,
    documentUrl: row.document_id === null ? null : `/api/v1/documents/${row.document_id}/content`,
  }
}
