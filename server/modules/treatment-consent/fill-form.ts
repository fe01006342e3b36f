import {
  askedPlaceholders,
  type NewConsentForm,
  renderConsentBody,
} from '../../../shared/contracts/treatment-consent.ts'
import { formatDate } from '../../../shared/format/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError, issue, validationError } from '../../http/errors.ts'
import { liveTemplate } from './queries.ts'
import { formPatient, userName } from './signing-people.ts'

/**
 * Fills a template for a patient: every placeholder the template asks for must have a value
 * (else 400 naming values.<key>), the patient's name, the doctor's (the person filling, who
 * explains the procedure and countersigns) and the date are filled from the record, and the
 * rendered text is stored as a snapshot: it is what the patient reads and signs. The route has
 * checked clinical write access to the patient.
 */
export async function fillForm(
  tx: Tx,
  actor: Session,
  clinic: { today: string },
  patientId: string,
  input: NewConsentForm,
): Promise<string> {
  const template = await liveTemplate(tx, input.templateId)
  if (!template) {
    throw fieldError('validation_failed', 'templateId', 'treatment_consent.template_not_found')
  }
  const missing = askedPlaceholders(template.body).filter((key) => !input.values[key])
  if (missing.length > 0) {
    throw validationError(
      missing.map((key) => issue(`values.${key}`, 'treatment_consent.value_missing')),
    )
  }
  if (input.planItemId !== undefined) await requirePlanItem(tx, patientId, input.planItemId)
  const patient = await formPatient(tx, patientId)
  const body = renderConsentBody(template.body, {
    ...input.values,
    patient: patient.fullName,
    doctor: await userName(tx, actor.userId),
    date: formatDate(clinic.today),
  })
  const row = await tx
    .insertInto('treatment_consent_forms')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      template_id: template.id,
      template_version: template.version,
      title: template.title,
      procedure_kind: template.procedure_kind,
      language: template.language,
      body,
      plan_item_id: input.planItemId ?? null,
      doctor_id: actor.userId,
      filled_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

async function requirePlanItem(tx: Tx, patientId: string, itemId: string): Promise<void> {
  const item = await tx
    .selectFrom('treatment_plan_items')
    .select('id')
    .where('id', '=', itemId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!item)
    throw fieldError('validation_failed', 'planItemId', 'treatment_consent.plan_item_unknown')
}
