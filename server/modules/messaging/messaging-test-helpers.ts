import { expect } from 'vitest'
import { CONSENT_ITEMS } from '../../../shared/consent/consent-items.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'

export type Owner = Awaited<ReturnType<typeof signUpClinic>>

/** A clinic whose messages are never held for quiet hours, so tests pass at any time of day. */
export async function messagingClinic(t: TestApp, name = 'Smile Dental Care'): Promise<Owner> {
  const owner = await signUpClinic(t.app, name)
  await withClinic(t.database.db, { clinicId: owner.clinicId, userId: owner.userId }, (tx) =>
    tx
      .insertInto('messaging_settings')
      .values({ clinic_id: owner.clinicId, quiet_start: '00:00', quiet_end: '00:00' })
      .execute(),
  )
  return owner
}

let serial = 0

/** A patient with a mobile number, who agreed (or not) to WhatsApp messages. */
export async function patientWith(
  client: TestClient,
  options: { whatsapp: boolean; language?: 'en' | 'hi'; phone?: string },
): Promise<string> {
  // A new name and number each time: the same ones again would be offered as a duplicate (409).
  serial += 1
  const created = await client.post('/api/v1/patients', {
    fullName: `Sunita Devi ${serial}`,
    ageYears: 52,
    sex: 'female',
    phone: options.phone ?? `98765${String(serial).padStart(5, '0')}`,
    preferredLanguage: options.language ?? 'en',
  })
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const notice = (await (await client.get('/api/v1/consent/notice?language=en')).json()) as {
    id: string
  }
  const items = Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false]))
  const consent = await client.post(`/api/v1/patients/${id}/consent`, {
    noticeId: notice.id,
    items: {
      ...items,
      personal_data: true,
      health_data: true,
      'channel.whatsapp': options.whatsapp,
    },
    captureChannel: 'in_person_tablet',
    givenBy: 'patient',
  })
  expect(consent.status).toBe(201)
  return id
}

/** The next whole hour at least `days` days after `now`: a booking time far from any reminder. */
export function daysAhead(now: Date, days: number): Date {
  const at = new Date(now.getTime() + days * 24 * 3600_000)
  at.setUTCMinutes(0, 0, 0)
  return new Date(at.getTime() + 3600_000)
}

export async function book(client: TestClient, owner: Owner, patientId: string, startsAt: Date) {
  const response = await client.post('/api/v1/appointments', {
    patientId,
    doctorUserId: owner.userId,
    startsAt: startsAt.toISOString(),
    durationMinutes: 30,
    allowOutsideHours: true,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/** Every message row of the clinic, oldest first, read as the owner role (raw rows). */
export function messagesOf(t: TestApp, clinicId: string) {
  return t.database.asOwner((tx) =>
    tx
      .selectFrom('messages')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('created_at')
      .orderBy('due_at')
      .execute(),
  )
}
