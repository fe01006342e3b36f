import { FREQUENCIES, type Frequency } from '../../../../shared/prescriptions/types.ts'

/**
 * What a prescriber types for a frequency: the Indian 1-0-1 (also "101" or "1 0 1"), or the
 * Latin abbreviations still used everywhere (OD, BD, TDS, QID, HS, SOS, STAT).
 */
const ABBREVIATIONS: Readonly<Record<string, Frequency>> = {
  od: '1-0-0',
  bd: '1-0-1',
  bid: '1-0-1',
  tds: '1-1-1',
  tid: '1-1-1',
  qid: '1-1-1-1',
  hs: '0-0-1',
  sos: 'sos',
  prn: 'sos',
  stat: 'stat',
  weekly: 'once_a_week',
}

const KNOWN: ReadonlySet<string> = new Set(FREQUENCIES)

/** The frequency typed, or null when it is none of them. */
export function parseFrequency(typed: string): Frequency | null {
  const text = typed.trim().toLowerCase()
  if (KNOWN.has(text)) return text as Frequency
  const abbreviation = ABBREVIATIONS[text.replaceAll('.', '')]
  if (abbreviation) return abbreviation
  const digits = text.replace(/[\s\-–/]/g, '')
  if (/^[01]{3,4}$/.test(digits)) {
    const dashed = digits.split('').join('-')
    if (KNOWN.has(dashed)) return dashed as Frequency
  }
  return null
}
