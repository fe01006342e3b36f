import type { MessageKey } from '../../i18n/messages.ts'

// The languages patients at Indian clinics most often ask to be spoken to in (the ones with the
// most speakers, plus English). Each is shown with its own name in its own script, so a patient
// looking over the desk can point at theirs. Codes are ISO 639-1, as the API stores them.
export const patientLanguages = [
  { code: 'en', nameKey: 'patients.language.en', autonym: 'English' },
  { code: 'hi', nameKey: 'patients.language.hi', autonym: 'हिन्दी' },
  { code: 'ta', nameKey: 'patients.language.ta', autonym: 'தமிழ்' },
  { code: 'te', nameKey: 'patients.language.te', autonym: 'తెలుగు' },
  { code: 'kn', nameKey: 'patients.language.kn', autonym: 'ಕನ್ನಡ' },
  { code: 'ml', nameKey: 'patients.language.ml', autonym: 'മലയാളം' },
  { code: 'mr', nameKey: 'patients.language.mr', autonym: 'मराठी' },
  { code: 'bn', nameKey: 'patients.language.bn', autonym: 'বাংলা' },
  { code: 'gu', nameKey: 'patients.language.gu', autonym: 'ગુજરાતી' },
  { code: 'pa', nameKey: 'patients.language.pa', autonym: 'ਪੰਜਾਬੀ' },
  { code: 'or', nameKey: 'patients.language.or', autonym: 'ଓଡ଼ିଆ' },
  { code: 'ur', nameKey: 'patients.language.ur', autonym: 'اردو' },
] as const satisfies readonly { code: string; nameKey: MessageKey; autonym: string }[]

export function findPatientLanguage(code: string) {
  return patientLanguages.find((language) => language.code === code)
}
