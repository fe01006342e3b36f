import type { Tx } from '../../db/with-clinic.ts'

const noteColumns = [
  'n.id',
  'n.patient_id',
  'n.visit_date',
  'n.appointment_id',
  'n.subjective',
  'n.objective',
  'n.assessment',
  'n.plan',
  'n.version',
  'n.author_id',
  'n.updated_at',
  'n.signed_by',
  'n.signed_at',
  'n.content_hash',
  'a.full_name as author_name',
  's.full_name as signer_name',
] as const

const selectNotes = (tx: Tx) =>
  tx
    .selectFrom('clinical_notes as n')
    .leftJoin('users as a', 'a.id', 'n.author_id')
    .leftJoin('users as s', 's.id', 'n.signed_by')
    .select([...noteColumns])

export type NoteRow = NonNullable<Awaited<ReturnType<typeof noteOfPatient>>>

/** One note of the patient, as RLS lets the caller see it. */
export async function noteOfPatient(tx: Tx, patientId: string, noteId: string) {
  return selectNotes(tx)
    .where('n.patient_id', '=', patientId)
    .where('n.id', '=', noteId)
    .executeTakeFirst()
}

/** The patient's notes, newest visit first. */
export async function notesOfPatient(tx: Tx, patientId: string) {
  return selectNotes(tx)
    .where('n.patient_id', '=', patientId)
    .orderBy('n.visit_date', 'desc')
    .orderBy('n.created_at', 'desc')
    .limit(500)
    .execute()
}

export type AddendumRow = Awaited<ReturnType<typeof addendaOf>>[number]

/** The addenda of these notes, oldest first. */
export async function addendaOf(tx: Tx, noteIds: string[]) {
  if (noteIds.length === 0) return []
  return tx
    .selectFrom('clinical_note_addenda as d')
    .leftJoin('users as s', 's.id', 'd.signed_by')
    .select([
      'd.id',
      'd.note_id',
      'd.patient_id',
      'd.body',
      'd.signed_by',
      'd.signed_at',
      'd.content_hash',
      's.full_name as signer_name',
    ])
    .where('d.note_id', 'in', noteIds)
    .orderBy('d.signed_at')
    .orderBy('d.id')
    .execute()
}

/** The caller's unsigned drafts across patients, most recently edited first. */
export async function draftsOf(tx: Tx, userId: string) {
  return tx
    .selectFrom('clinical_notes as n')
    .innerJoin('patients as p', (join) =>
      join.onRef('p.clinic_id', '=', 'n.clinic_id').onRef('p.id', '=', 'n.patient_id'),
    )
    .select(['n.id', 'n.patient_id', 'p.full_name', 'n.visit_date', 'n.version', 'n.updated_at'])
    .where('n.author_id', '=', userId)
    .where('n.signed_at', 'is', null)
    .orderBy('n.updated_at', 'desc')
    .limit(200)
    .execute()
}
