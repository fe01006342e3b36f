import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

const random = () => Math.floor(Math.random() * 1e9)

/**
 * A patient and one message of `kind` for a row only the system writes, set up as the owner in
 * the clinic's context (for the audit trigger on the patient and message rows). The context is
 * set only where none is: another clinic's attempt to insert keeps its own, and is refused.
 */
async function ownerWrittenMessage(tx: Tx, clinic: TestClinic, kind: string): Promise<string> {
  await sql`SELECT set_config('app.clinic_id', ${clinic.clinicId}, true)
            WHERE COALESCE(current_setting('app.clinic_id', true), '') = ''`.execute(tx)
  const { rows } = await sql<{ id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${random()}, 'Message Test', '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO messages (clinic_id, patient_id, kind, channel, idempotency_key, due_at)
    SELECT ${clinic.clinicId}, patient.id, ${kind}, 'whatsapp', ${`isolation:${random()}`}, now()
    FROM patient
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}

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
    // A queued reminder of a booking: what the clinic's owner (an appointment writer) may change.
    insertRow: async (tx, clinic) => {
      const offset = `${random() % 1_000_000} minutes`
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${random()}, 'Message Test', '1990-01-01', 'female')
          RETURNING id),
        appointment AS (
          INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at, ends_at)
          SELECT ${clinic.clinicId}, ${clinic.branchId}, patient.id, ${clinic.ownerUserId},
                 now() + ${offset}::interval, now() + ${offset}::interval + interval '30 minutes'
          FROM patient
          RETURNING id, patient_id)
        INSERT INTO messages (clinic_id, patient_id, appointment_id, kind, channel, idempotency_key, due_at)
        SELECT ${clinic.clinicId}, appointment.patient_id, appointment.id, 'appointment_reminder',
               'whatsapp', ${`isolation:${random()}`}, now()
        FROM appointment
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'status', value: 'cancelled' },
  },
  message_threads: {
    table: 'message_threads',
    keyColumn: 'patient_id',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${random()}, 'Thread Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO message_threads (clinic_id, patient_id, seen_up_to)
        SELECT ${clinic.clinicId}, patient.id, now() FROM patient
        RETURNING patient_id AS id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'seen_up_to', value: '2020-01-01T00:00:00Z' },
  },
  message_bodies: {
    table: 'message_bodies',
    keyColumn: 'message_id',
    // Only the sending worker writes texts (messaging.send, held by no role): set up as the owner,
    // in the clinic's context for the audit trigger on the patient and message rows.
    isOwnerWritten: true,
    insertRow: async (tx, clinic) => {
      const message = await ownerWrittenMessage(tx, clinic, 'recall_reminder')
      await sql`INSERT INTO message_bodies (clinic_id, message_id, body_cipher)
                VALUES (${clinic.clinicId}, ${message}, decode('00', 'hex'))`.execute(tx)
      return message
    },
    update: { column: 'created_at', value: '2020-01-01T00:00:00Z' },
  },
  message_templates: {
    table: 'message_templates',
    keyColumn: 'clinic_id',
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO message_templates (clinic_id, kind, language, body)
                VALUES (${clinic.clinicId}, 'appointment_reminder', 'en', '{{clinic}}: see you soon')
                ON CONFLICT DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'body', value: '{{clinic}}: changed by another clinic' },
  },
  messaging_providers: {
    table: 'messaging_providers',
    keyColumn: 'clinic_id',
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO messaging_providers
                  (clinic_id, provider, credentials_cipher, label, webhook_token_hash, tested_at)
                VALUES (${clinic.clinicId}, 'interakt', decode('00', 'hex'), 'Interakt · test',
                        sha256(convert_to(${`isolation:${random()}`}, 'UTF8')), now())
                ON CONFLICT (clinic_id) DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'label', value: 'changed by another clinic' },
  },
  message_attachments: {
    table: 'message_attachments',
    keyColumn: 'message_id',
    // Written when a document message is asked for; set up as the owner, in the clinic's
    // context for the audit trigger on the patient and message rows (as message_bodies).
    isOwnerWritten: true,
    insertRow: async (tx, clinic) => {
      const message = await ownerWrittenMessage(tx, clinic, 'document_ready')
      await sql`INSERT INTO message_attachments (clinic_id, message_id, filename, label, content_cipher)
                VALUES (${clinic.clinicId}, ${message}, 'INV-1.pdf', 'invoice INV/1',
                        decode('00', 'hex'))`.execute(tx)
      return message
    },
    update: { column: 'expires_at', value: '2020-01-01T00:00:00Z' },
  },
}
