import { createHash } from 'node:crypto'

/**
 * The canonical form of signed content, and its SHA-256 (ADR 0016). The form is the UTF-8
 * JSON text of an array with the fields in this fixed order, no whitespace (JSON.stringify
 * of strings is deterministic): a tag naming the form and its version first, so a later form
 * can never be confused with this one.
 *
 *   note:     ["niramaya.note.v1", id, patientId, visitDate, appointmentId|null,
 *              subjective, objective, assessment, plan, signedByUserId, signedAt]
 *   addendum: ["niramaya.addendum.v1", id, noteId, patientId, text, signedByUserId, signedAt]
 *
 * signedAt is the ISO 8601 UTC instant with milliseconds (Date.toISOString()).
 */
export interface SignedNoteContent {
  id: string
  patientId: string
  visitDate: string
  appointmentId: string | null
  subjective: string
  objective: string
  assessment: string
  plan: string
  signedBy: string
  signedAt: Date
}

export interface SignedAddendumContent {
  id: string
  noteId: string
  patientId: string
  text: string
  signedBy: string
  signedAt: Date
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

export function canonicalNote(note: SignedNoteContent): string {
  return JSON.stringify([
    'niramaya.note.v1',
    note.id,
    note.patientId,
    note.visitDate,
    note.appointmentId,
    note.subjective,
    note.objective,
    note.assessment,
    note.plan,
    note.signedBy,
    note.signedAt.toISOString(),
  ])
}

export function canonicalAddendum(addendum: SignedAddendumContent): string {
  return JSON.stringify([
    'niramaya.addendum.v1',
    addendum.id,
    addendum.noteId,
    addendum.patientId,
    addendum.text,
    addendum.signedBy,
    addendum.signedAt.toISOString(),
  ])
}

export const hashNote = (note: SignedNoteContent) => sha256(canonicalNote(note))
export const hashAddendum = (addendum: SignedAddendumContent) => sha256(canonicalAddendum(addendum))
