import type { FormularyLine } from '../../../../shared/contracts/formulary.ts'
import { ROUTE_WORDS, unitWord } from '../../../../shared/prescriptions/words.ts'
import { useLanguage } from '../../i18n/use-t.ts'

/**
 * A saved line in words, as the pad would write it: "500 mg · 1 capsule · By mouth ·
 * 1-0-1 (morning and night) · After food · 5 days", then its instructions in the screen's
 * language (or the other one when that is all there is).
 */
export function LineSummary({ line }: { line: FormularyLine }) {
  const { t, language } = useLanguage()
  const instructions =
    (language === 'hi' ? line.instructionsHi : line.instructionsEn) ||
    line.instructionsEn ||
    line.instructionsHi
  return (
    <>
      {t('formulary.lineSummary', {
        strength: line.strengthLabel ?? t('formulary.noStrength'),
        dose: String(line.doseAmount),
        unit: unitWord(language, line.doseUnit, line.doseAmount),
        route: ROUTE_WORDS[language][line.route],
        frequency: t(`prescriptions.frequencyWord.${line.frequency}`),
        food: t(`prescriptions.food.${line.foodTiming}`),
        days: String(line.durationDays),
      })}
      {instructions && <span className="formulary-instructions"> · {instructions}</span>}
    </>
  )
}
