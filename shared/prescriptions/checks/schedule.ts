import type { SafetyWarning } from '../types.ts'
import type { CheckContext } from './context.ts'

/**
 * The schedule flags of india-domain §5.2:
 * - Schedule H1 (GSR 588(E), 2013): the pharmacy records the supply in its H1 register for 3
 *   years. Information for the prescriber; nothing to override.
 * - Schedule X: the prescription is kept by the pharmacy for 2 years and written in duplicate.
 *   Moderate: the doctor confirms deliberately, with a reason.
 * - NDPS narcotic drugs (codeine, morphine, pethidine): separate rules and records; a dentist
 *   prescribes them "for dental treatment only". Moderate, confirmed with a reason.
 * - NDPS psychotropic substances scheduled H/H1 (tramadol, benzodiazepines): 'narcotic' at
 *   info level. Schedule X and NDPS drugs may not be prescribed by teleconsultation
 *   (Telemedicine Practice Guidelines 2020, prohibited list).
 */
export function scheduleWarnings(context: CheckContext): SafetyWarning[] {
  const warnings: SafetyWarning[] = []
  for (const { index, drug, code } of context.lines) {
    if (drug === undefined) continue
    const base = { lines: [index], params: { drug: code } }
    if (drug.schedule === 'H1') {
      warnings.push({
        ...base,
        id: `schedule_h1:${code}`,
        kind: 'schedule_h1',
        severity: 'info',
        source: 'gsr_588e_2013',
        needsOverride: false,
      })
    }
    if (drug.schedule === 'X') {
      warnings.push({
        ...base,
        id: `schedule_x:${code}`,
        kind: 'schedule_x',
        severity: 'moderate',
        source: 'dc_rules_1945',
        needsOverride: true,
      })
    }
    if (drug.schedule === 'NDPS') {
      warnings.push({
        ...base,
        params: { drug: code, ndps: 'narcotic' },
        id: `narcotic:${code}`,
        kind: 'narcotic',
        severity: 'moderate',
        source: 'ndps_act_1985',
        needsOverride: true,
      })
    } else if (drug.ndpsPsychotropic === true) {
      warnings.push({
        ...base,
        params: { drug: code, ndps: 'psychotropic' },
        id: `narcotic:${code}`,
        kind: 'narcotic',
        severity: 'info',
        source: 'ndps_act_1985',
        needsOverride: false,
      })
    }
  }
  return warnings
}
