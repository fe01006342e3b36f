import {
  type PatientSummary,
  type Sex,
  SEXES as sexes,
} from '../../../../shared/contracts/patients.ts'
import { formatIndianMobile } from '../../../../shared/format/index.ts'
import { findState } from '../../../../shared/india/states.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { findPatientLanguage } from './languages.ts'

export function sexLabelKey(sex: string): MessageKey {
  return (sexes as readonly string[]).includes(sex)
    ? `patients.sex.${sex as Sex}`
    : 'patients.sex.unknown'
}

/** "34 years" (or "under 1 year"). */
export function ageText(ageYears: number, t: Translate): string {
  return ageYears < 1 ? t('patients.ageInfant') : t('patients.ageValue', { age: String(ageYears) })
}

/** "34 years · Female": how the desk describes someone at a glance. */
export function ageSexText(patient: Pick<PatientSummary, 'ageYears' | 'sex'>, t: Translate) {
  return t('patients.ageSex', {
    age: ageText(patient.ageYears, t),
    sex: t(sexLabelKey(patient.sex)),
  })
}

/** +91 98765 43210, or the empty-value dash. */
export function phoneText(phone: string | null): string {
  return phone ? formatIndianMobile(phone) : '—'
}

/** "Tamil (தமிழ்)": the name in the reception's language and in the patient's own script. */
export function languageText(code: string, t: Translate): string {
  const language = findPatientLanguage(code)
  if (!language) return code
  const name = t(language.nameKey)
  return name === language.autonym ? name : `${name} (${language.autonym})`
}

export function stateName(code: string | null): string | undefined {
  return code ? findState(code)?.name : undefined
}
