import type { FormularyDrug } from '../../../../shared/contracts/formulary.ts'
import { DRUG_CLASSES, isDrugClassKey } from '../../../../shared/prescriptions/classes.ts'
import {
  FORM_WORDS,
  type PrescriptionWordLanguage,
} from '../../../../shared/prescriptions/words.ts'

/**
 * A drug class by the master's name for it ("Aminopenicillin"): pharmacology's own terms,
 * printed the same in both languages, as the generic names are.
 */
export const classLabel = (code: string): string =>
  isDrugClassKey(code) ? DRUG_CLASSES[code].label : code

/** "Gel 2%; Tablet 250 mg, 500 mg": the forms a drug comes in, in the screen's language. */
export function presentationsText(
  drug: Pick<FormularyDrug, 'presentations'>,
  language: PrescriptionWordLanguage,
): string {
  return drug.presentations
    .map((presentation) =>
      [
        FORM_WORDS[language][presentation.form],
        presentation.strengths.map((s) => s.label).join(', '),
      ]
        .filter((part) => part !== '')
        .join(' '),
    )
    .join('; ')
}
