import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

const random = () => Math.floor(Math.random() * 1e9)

/** Cross-clinic cases for the messaging tables (see test/isolation-cases.ts). */
export const messagingIsolationCases: Record<string, IsolationCase> = {
  messaging_settings: {
    table: 'messaging_settings',
    keyColumn: 'clinic_id',
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO messaging_settings (clinic_id) VALUES (${clinic.clinicId})
                ON CONFLICT (clinic_id) DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'mode', value: 'off' },
  },
  messages: {
    table: 'messages',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${random()}, 'Message Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO messages (clinic_id, patient_id, kind, channel, idempotency_key, due_at)
        SELECT ${clinic.clinicId}, patient.id, 'recall_reminder', 'whatsapp',
               ${`isolation:${random()}`}, now()
        FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'status', value: 'cancelled' },
  },
}
