import type { Insertable } from 'kysely'
import type { PatientDocumentsTable } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** One document, if it exists in this clinic and the acting person may see its patient's records. */
export function findDocument(tx: Tx, id: string) {
  return tx.selectFrom('patient_documents').selectAll().where('id', '=', id).executeTakeFirst()
}

/** A patient's documents, newest first. */
export function findDocumentsOfPatient(tx: Tx, patientId: string) {
  return tx
    .selectFrom('patient_documents')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute()
}

export function insertDocument(tx: Tx, row: Insertable<PatientDocumentsTable>) {
  return tx.insertInto('patient_documents').values(row).returningAll().executeTakeFirstOrThrow()
}
