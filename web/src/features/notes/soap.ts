import type { Note } from '../../../../shared/contracts/notes.ts'

/** The four parts of a SOAP note, in the order they are written and read. */
export const SOAP_SECTIONS = ['subjective', 'objective', 'assessment', 'plan'] as const
export type SoapSection = (typeof SOAP_SECTIONS)[number]
export type SoapText = Record<SoapSection, string>

export const emptySoap: SoapText = { subjective: '', objective: '', assessment: '', plan: '' }

export function soapOf(note: Pick<Note, SoapSection>): SoapText {
  return {
    subjective: note.subjective,
    objective: note.objective,
    assessment: note.assessment,
    plan: note.plan,
  }
}

/** True when nothing was written in any section (a draft worth saving has something). */
export function isBlank(soap: SoapText): boolean {
  return SOAP_SECTIONS.every((section) => soap[section].trim() === '')
}
