import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { applyMessageRetention } from './index.ts'
import {
  asSender,
  book,
  daysAhead,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
} from './messaging-test-helpers.ts'

let t: TestApp
let owner: Owner
let other: Owner
beforeAll(async () => {
  t = await createTestApp()
  owner = await messagingClinic(t)
  other = await messagingClinic(t, 'Other Dental')
})
afterAll(() => t.close())

/** Moves a message's (and its text's) creation back by `days`, as if it were that old. */
async function age(clinic: Owner, messageId: string, days: number) {
  // A sent message is changed only by the sending worker (messaging.send, no role's).
  const updated = await asSender(t, clinic, (tx) =>
    sql`UPDATE messages SET created_at = created_at - ${`${days} days`}::interval WHERE id = ${messageId}`.execute(
      tx,
    ),
  )
  expect(Number(updated.numAffectedRows)).toBe(1)
  await t.database.asOwner((tx) =>
    sql`UPDATE message_bodies SET created_at = created_at - ${`${days} days`}::interval
        WHERE message_id = ${messageId}`.execute(tx),
  )
}

async function sentConfirmation(clinic: Owner, days: number) {
  const patientId = await patientWith(clinic.client, { whatsapp: true })
  const appointmentId = await book(clinic.client, clinic, patientId, daysAhead(t.clock(), days))
  const rows = (await messagesOf(t, clinic.clinicId)).filter(
    (row) => row.appointment_id === appointmentId,
  )
  const confirmation = rows.find((row) => row.kind === 'appointment_confirmation')
  if (!confirmation) throw new Error('no confirmation')
  await expect
    .poll(
      async () =>
        (await messagesOf(t, clinic.clinicId)).find((row) => row.id === confirmation.id)?.status,
      {
        timeout: 10_000,
      },
    )
    .toBe('sent')
  return { confirmation, reminders: rows.filter((row) => row.kind === 'appointment_reminder') }
}

const bodyOf = (messageId: string) =>
  t.database.asOwner((tx) =>
    tx
      .selectFrom('message_bodies')
      .select('message_id')
      .where('message_id', '=', messageId)
      .executeTakeFirst(),
  )

describe('message retention', () => {
  it('deletes texts after 90 days and messages after a year, clinic by clinic', async () => {
    const recent = await sentConfirmation(owner, 3)
    const oldText = await sentConfirmation(owner, 4)
    const oldMessage = await sentConfirmation(other, 5)
    await age(owner, oldText.confirmation.id, 91)
    await age(other, oldMessage.confirmation.id, 366)
    // A year-old reminder still waiting to go out is not deleted.
    const waiting = oldMessage.reminders[0]
    if (!waiting) throw new Error('no reminder')
    await age(other, waiting.id, 400)

    const report = await applyMessageRetention(t.database.db, t.clock())
    expect(report.clinics).toBeGreaterThanOrEqual(2)
    expect(await bodyOf(oldText.confirmation.id)).toBeUndefined()
    expect(
      (await messagesOf(t, owner.clinicId)).some((row) => row.id === oldText.confirmation.id),
    ).toBe(true)
    expect(await bodyOf(recent.confirmation.id)).toBeDefined()
    const others = await messagesOf(t, other.clinicId)
    expect(others.some((row) => row.id === oldMessage.confirmation.id)).toBe(false)
    expect(await bodyOf(oldMessage.confirmation.id)).toBeUndefined()
    expect(others.find((row) => row.id === waiting.id)?.status).toBe('queued')

    // The message log now shows the old message without its text.
    const log = (await (
      await owner.client.get(`/api/v1/patients/${oldText.confirmation.patient_id}/messages`)
    ).json()) as { id: string; text: string | null }[]
    expect(log.find((message) => message.id === oldText.confirmation.id)?.text).toBeNull()

    // Run again: nothing more to do.
    const again = await applyMessageRetention(t.database.db, t.clock())
    expect(again.bodiesDeleted + again.messagesDeleted).toBe(0)
  })

  it('the app role cannot delete messages unless it acts as the retention job', async () => {
    const { confirmation } = await sentConfirmation(owner, 6)
    const deleted = await t.database.asRlsProbe(
      { clinicId: owner.clinicId, userId: owner.userId },
      (tx) => sql`DELETE FROM messages WHERE id = ${confirmation.id}`.execute(tx),
    )
    expect(Number(deleted.numAffectedRows)).toBe(0)
  })
})
