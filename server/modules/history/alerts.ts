import type { Condition } from '../../../shared/clinical/history-codes.ts'
import type { ClinicalAlert as Alert, SaveHistory } from '../../../shared/contracts/history.ts'

/**
 * Conditions a dentist must see before touching the patient: each changes what
 * is safe (bleeding, endocarditis and anaesthesia risk, drugs in pregnancy,
 * osteonecrosis after bisphosphonates or radiotherapy, seizures in the chair).
 * Critical ones are shown in red; the rest as warnings.
 */
const ALERTING_CONDITIONS: Partial<Record<Condition, Alert['severity']>> = {
  bleeding_disorder: 'critical',
  cardiac_disease: 'critical',
  rheumatic_fever: 'critical',
  pregnancy: 'critical',
  bisphosphonate_therapy: 'critical',
  head_neck_radiotherapy: 'critical',
  epilepsy: 'critical',
  diabetes: 'warning',
  hypertension: 'warning',
  asthma: 'warning',
  hepatitis_b: 'warning',
  hepatitis_c: 'warning',
  hiv: 'warning',
  tuberculosis: 'warning',
  prosthetic_joint: 'warning',
  kidney_disease: 'warning',
  liver_disease: 'warning',
}

/**
 * Anticoagulants and antiplatelets seen in Indian prescriptions, generic names
 * (brand names vary; staff can tick isBloodThinner for those).
 */
const BLOOD_THINNERS =
  /\b(warfarin|acenocoumarol|nicoumalone|heparin|enoxaparin|dabigatran|rivaroxaban|apixaban|edoxaban|clopidogrel|prasugrel|ticagrelor|aspirin|ecosprin)\b/i

const SEVERITY_ORDER = { critical: 0, warning: 1 } as const

/** The alerts shown wherever a clinical role sees the patient: worst first. */
export function alertsOf(
  history: Pick<SaveHistory, 'allergies' | 'conditions' | 'medications'>,
): Alert[] {
  const alerts: Alert[] = []
  for (const allergy of history.allergies) {
    alerts.push({
      kind: 'allergy',
      // Every allergy is worth a glance; severe ones stop the hand.
      severity:
        allergy.severity === 'severe' || allergy.severity === 'life_threatening'
          ? 'critical'
          : 'warning',
      code: allergy.severity,
      text: allergy.substance,
    })
  }
  for (const condition of history.conditions) {
    const severity = ALERTING_CONDITIONS[condition.code]
    if (severity) alerts.push({ kind: 'condition', severity, code: condition.code, text: null })
  }
  for (const medication of history.medications) {
    if (medication.isBloodThinner || BLOOD_THINNERS.test(medication.name)) {
      alerts.push({
        kind: 'blood_thinner',
        severity: 'critical',
        code: 'medication',
        text: medication.name,
      })
    }
  }
  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
