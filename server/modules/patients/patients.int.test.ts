import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app)
})
afterAll(() => t.close())

const priya = {
  fullName: 'Priyaa Sharmaa',
  dateOfBirth: '1990-04-12',
  sex: 'female',
  phone: '+91 98765 43210',
  email: 'Priya.Sharma@Example.in',
  address: { line1: '12 MG Road', city: 'Bengaluru', state: 'Karnataka', pinCode: '560001' },
  preferredLanguage: 'hi',
  aadhaarLast4: '2346',
  abhaNumber: '91-1234-5678-9012',
  abhaAddress: 'priya.sharma@abdm',
  emergencyContact: { name: 'Rahul Sharma', relation: 'husband', phone: '9876500000' },
}

const register = (body: object, client = owner.client) => client.post('/api/v1/patients', body)

describe('registering a patient', () => {
  it('stores every field and answers 201 with the patient and its number', async () => {
    const response = await register(priya)
    expect(response.status).toBe(201)
    const patient = await response.json()
    expect(patient).toMatchObject({
      patientNumber: expect.stringMatching(/^P-\d{6}$/),
      fullName: 'Priyaa Sharmaa',
      dateOfBirth: '1990-04-12',
      isDateOfBirthEstimated: false,
      phone: '+919876543210',
      email: 'priya.sharma@example.in',
      address: { line1: '12 MG Road', city: 'Bengaluru', stateCode: '29', pinCode: '560001' },
      preferredLanguage: 'hi',
      aadhaarLast4: '2346',
      abhaNumber: '91-1234-5678-9012',
      abhaAddress: 'priya.sharma@abdm',
      emergencyContact: { name: 'Rahul Sharma', relation: 'husband', phone: '+919876500000' },
    })
    const fetched = await (await owner.client.get(`/api/v1/patients/${patient.id}`)).json()
    expect(fetched).toMatchObject({ phone: '+919876543210', abhaNumber: '91-1234-5678-9012' })
  })

  it('keeps phone, email, ABHA and Aadhaar digits out of the database in plain text', async () => {
    const patient = await (
      await register({ ...priya, phone: '9123456789', fullName: 'Plain Text Check' })
    ).json()
    const secrets = [
      '9123456789',
      'priya.sharma@example.in',
      '91123456789012',
      '2346',
      'priya.sharma@abdm',
    ]
    // Text columns must not hold them; the sealed bytes must not hold them as raw bytes either.
    // (Not the hex rendering of the sealed bytes: four digits turn up there by chance.)
    const found = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{
        text_columns: string
        tokens_are_hmacs: boolean
        in_ciphertext: boolean
      }>`
        SELECT (to_jsonb(p) - ARRAY['phone_cipher', 'email_cipher', 'aadhaar_last4_cipher',
                                    'abha_number_cipher', 'abha_address_cipher', 'guardian_cipher',
                                    'emergency_contact_cipher',
                                    -- ids, times and HMAC indexes are hex or digits: skip them too
                                    'id', 'clinic_id', 'created_by', 'created_at', 'updated_at',
                                    'phone_index', 'email_index', 'abha_number_index',
                                    'search_tokens'])::text AS text_columns,
               COALESCE((SELECT bool_and(token ~ '^[0-9a-f]{64}$') FROM unnest(p.search_tokens) AS token),
                        false) AS tokens_are_hmacs,
               EXISTS (SELECT 1 FROM unnest(${secrets}::text[]) AS secret,
                         unnest(ARRAY[p.phone_cipher, p.email_cipher, p.aadhaar_last4_cipher,
                                      p.abha_number_cipher, p.abha_address_cipher]) AS sealed
                       WHERE position(convert_to(secret, 'UTF8') IN sealed) > 0) AS in_ciphertext
        FROM patients p WHERE id = ${patient.id}`.execute(tx)
      return rows[0]
    })
    for (const secret of secrets) expect(found?.text_columns).not.toContain(secret)
    // Search tokens (part of a mobile) are keyed HMACs, never the digits themselves.
    expect(found?.tokens_are_hmacs).toBe(true)
    expect(found?.in_ciphertext).toBe(false)
    expect(found?.text_columns).toContain('Plain Text Check')
  })

  it('accepts an age instead of a date of birth and estimates the date', async () => {
    const patient = await (
      await register({ fullName: 'Ramesh Kumar', ageYears: 45, sex: 'male' })
    ).json()
    expect(patient).toMatchObject({ ageYears: 45, isDateOfBirthEstimated: true })
  })

  it('numbers patients without gaps, even when registrations race', async () => {
    const other = await signUpClinic(t.app, 'Numbering Clinic')
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        register({ fullName: `Patient ${i}`, ageYears: 30, sex: 'other' }, other.client),
      ),
    )
    const numbers = (await Promise.all(responses.map((response) => response.json())))
      .map((patient: { patientNumber: string }) => patient.patientNumber)
      .sort()
    expect(numbers).toEqual(
      Array.from({ length: 8 }, (_, i) => `P-${String(i + 1).padStart(6, '0')}`),
    )
  })

  it.each([
    ['phone', { phone: '12345' }],
    ['phone', { phone: '+44 7911 123456' }],
    ['address.pinCode', { address: { pinCode: '012345' } }],
    ['abhaNumber', { abhaNumber: '1234' }],
    ['abhaAddress', { abhaAddress: 'priya@gmail.com' }],
    ['dateOfBirth', { dateOfBirth: '2999-01-01' }],
    ['dateOfBirth', { dateOfBirth: '12/04/1990' }],
    ['ageYears', { dateOfBirth: undefined, ageYears: 131 }],
    ['sex', { sex: 'x' }],
    ['fullName', { fullName: ' ' }],
    ['preferredLanguage', { preferredLanguage: 'hindi' }],
  ])('bad %s is a 400 naming it, and nothing is created', async (field, change) => {
    const before = await countPatients()
    const response = await register({ ...priya, ...change })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe(field)
    expect(await countPatients()).toBe(before)
  })

  it('refuses a full Aadhaar number and says why', async () => {
    const response = await register({ ...priya, aadhaarLast4: '2341 2341 2346' })
    expect(response.status).toBe(400)
    const { error } = await response.json()
    expect(error.field).toBe('aadhaarLast4')
    expect(error.message).toMatch(/only the last 4 digits/)
    expect(JSON.stringify(error)).not.toContain('2341 2341')
  })

  it('requires a guardian for a child', async () => {
    const child = { fullName: 'Aarav Mehta', ageYears: 8, sex: 'male' }
    const refused = await register(child)
    expect(refused.status).toBe(400)
    expect((await refused.json()).error.field).toBe('guardian')
    const guardian = {
      name: 'Neha Mehta',
      relation: 'mother',
      phone: '9812345678',
      isIdentifiedAsAdult: true,
    }
    const accepted = await register({ ...child, guardian })
    expect(accepted.status).toBe(201)
    expect((await accepted.json()).guardian).toEqual({ ...guardian, phone: '+919812345678' })
  })
})

describe('finding patients', () => {
  it('finds by name despite spelling, by phone in any format, and by patient number', async () => {
    const clinic = await signUpClinic(t.app, 'Search Clinic')
    const created = await (await register({ ...priya, phone: '9000000001' }, clinic.client)).json()
    await register({ fullName: 'Arjun Nair', ageYears: 50, sex: 'male' }, clinic.client)
    const search = async (q: string) =>
      (
        (await (await clinic.client.post('/api/v1/patients/search', { q })).json()) as {
          id: string
        }[]
      ).map((p) => p.id)
    expect(await search('Priya Sharma')).toContain(created.id)
    expect(await search('sharm')).toContain(created.id)
    expect(await search('+91 90000 00001')).toEqual([created.id])
    expect(await search('090000-00001')).toEqual([created.id])
    expect(await search(created.patientNumber)).toEqual([created.id])
    expect(await search('Zubin')).toEqual([])
    const viaQuery = await clinic.client.get('/api/v1/patients?q=Priya%20Sharma')
    expect((await viaQuery.json()).map((p: { id: string }) => p.id)).toContain(created.id)
  })

  it('warns of duplicates: the same phone, or a similar name born the same day', async () => {
    const clinic = await signUpClinic(t.app, 'Duplicate Clinic')
    const first = await (await register({ ...priya, phone: '9000000002' }, clinic.client)).json()
    const samePhone = await clinic.client.post('/api/v1/patients/duplicates', {
      phone: '90000 00002',
    })
    expect((await samePhone.json()).map((p: { id: string }) => p.id)).toEqual([first.id])
    const similar = await clinic.client.post('/api/v1/patients/duplicates', {
      fullName: 'Priya Sharma',
      dateOfBirth: '1990-04-12',
    })
    expect((await similar.json()).map((p: { id: string }) => p.id)).toEqual([first.id])
    const second = await (
      await register({ ...priya, phone: '9000000002', fullName: 'Priya S.' }, clinic.client)
    ).json()
    expect(second.possibleDuplicates.map((p: { id: string }) => p.id)).toEqual([first.id])
  })

  it('records every opening of a patient in the audit log', async () => {
    const patient = await (
      await register({ fullName: 'Audit Me', ageYears: 40, sex: 'female' })
    ).json()
    await owner.client.get(`/api/v1/patients/${patient.id}`)
    await owner.client.get(`/api/v1/patients/${patient.id}`)
    const events = await (
      await owner.client.get(`/api/v1/audit/events?patientId=${patient.id}`)
    ).json()
    const actions = events.map((event: { action: string }) => event.action)
    expect(actions.filter((action: string) => action === 'read')).toHaveLength(2)
    expect(actions).toContain('insert')
  })

  it('changes only the given fields; the audit log keeps before and after', async () => {
    const patient = await (await register({ ...priya, phone: '9000000003' })).json()
    const response = await owner.client.patch(`/api/v1/patients/${patient.id}`, {
      phone: '9000000004',
      address: { city: 'Mysuru', pinCode: '570001' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      phone: '+919000000004',
      fullName: 'Priyaa Sharmaa',
      address: { city: 'Mysuru' },
    })
    const bad = await owner.client.patch(`/api/v1/patients/${patient.id}`, { phone: 'no' })
    expect((await bad.json()).error.field).toBe('phone')
  })
})

describe('changing part of a record', () => {
  it('changes only the address parts sent; null clears one', async () => {
    const patient = await (await register({ ...priya, phone: '9000000011' })).json()
    const city = await (
      await owner.client.patch(`/api/v1/patients/${patient.id}`, { address: { city: 'Mysuru' } })
    ).json()
    expect(city.address).toEqual({
      line1: '12 MG Road',
      line2: null,
      city: 'Mysuru',
      stateCode: '29',
      pinCode: '560001',
    })
    const cleared = await (
      await owner.client.patch(`/api/v1/patients/${patient.id}`, { address: { line1: null } })
    ).json()
    expect(cleared.address).toMatchObject({ line1: null, city: 'Mysuru', pinCode: '560001' })
  })

  it('null clears an optional detail; the phone then finds nobody', async () => {
    const patient = await (await register({ ...priya, phone: '9000000012' })).json()
    const response = await owner.client.patch(`/api/v1/patients/${patient.id}`, {
      phone: null,
      email: null,
      abhaNumber: null,
      emergencyContact: null,
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      phone: null,
      email: null,
      abhaNumber: null,
      emergencyContact: null,
      aadhaarLast4: '2346',
    })
    const found = await (
      await owner.client.post('/api/v1/patients/search', { q: '9000000012' })
    ).json()
    expect(found).toEqual([])
    const row = await t.database.asOwner((tx) =>
      tx
        .selectFrom('patients')
        .select(['phone_cipher', 'phone_index', 'email_index', 'abha_number_index'])
        .where('id', '=', patient.id)
        .executeTakeFirstOrThrow(),
    )
    expect(row).toEqual({
      phone_cipher: null,
      phone_index: null,
      email_index: null,
      abha_number_index: null,
    })
  })

  it('a child’s guardian cannot be cleared', async () => {
    const child = await (
      await register({
        fullName: 'Aarav Menon',
        ageYears: 8,
        sex: 'male',
        guardian: {
          name: 'Divya Menon',
          relation: 'mother',
          phone: '9000000013',
          isIdentifiedAsAdult: true,
        },
      })
    ).json()
    const response = await owner.client.patch(`/api/v1/patients/${child.id}`, { guardian: null })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe('guardian')
  })

  it('keeps an estimated date of birth when the same age is sent again', async () => {
    const patient = await (
      await register({ fullName: 'Age Only', ageYears: 61, sex: 'male' })
    ).json()
    const now = t.clock()
    t.clock.advance(40 * 24 * 3_600_000)
    try {
      // Forty days on, in a new session (the owner's has gone idle by then).
      const later = createClient(t.app)
      await later.post('/api/v1/auth/login', { email: owner.email, password: owner.password })
      const same = await (
        await later.patch(`/api/v1/patients/${patient.id}`, { ageYears: 61 })
      ).json()
      expect(same.dateOfBirth, JSON.stringify(same).slice(0, 300)).toBe(patient.dateOfBirth)
      const older = await (
        await later.patch(`/api/v1/patients/${patient.id}`, { ageYears: 62 })
      ).json()
      expect(older.dateOfBirth).not.toBe(patient.dateOfBirth)
    } finally {
      t.clock.set(now)
    }
  })

  it('a mobile number still being typed finds its patient by the digits so far', async () => {
    const found = (await (
      await owner.client.post('/api/v1/patients/search', { q: '98765' })
    ).json()) as { fullName: string }[]
    expect(found.map((patient) => patient.fullName)).toContain('Priyaa Sharmaa')
  })
})

describe('who may see patients', () => {
  it('a receptionist registers and finds patients; an accountant gets 403, and the database agrees', async () => {
    const receptionist = await addStaff(
      t.app,
      t.deps.outboxDir as string,
      owner.client,
      'receptionist',
    )
    const accountant = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'accountant')
    const created = await register(
      { fullName: 'Front Desk', ageYears: 33, sex: 'female' },
      receptionist.client,
    )
    expect(created.status).toBe(201)
    const { id } = await created.json()
    expect((await receptionist.client.get(`/api/v1/patients/${id}`)).status).toBe(200)
    expect((await accountant.client.get(`/api/v1/patients/${id}`)).status).toBe(403)
    expect((await accountant.client.post('/api/v1/patients/search', { q: 'Front' })).status).toBe(
      403,
    )
  })

  it('clinic B cannot open, change or find clinic A’s patients through the API', async () => {
    const other = await signUpClinic(t.app, 'Clinic B')
    const patient = await (await register({ ...priya, phone: '9000000009' })).json()
    expect((await other.client.get(`/api/v1/patients/${patient.id}`)).status).toBe(404)
    expect(
      (await other.client.patch(`/api/v1/patients/${patient.id}`, { fullName: 'Hijacked' })).status,
    ).toBe(404)
    expect(
      await (await other.client.post('/api/v1/patients/search', { q: '9000000009' })).json(),
    ).toEqual([])
    expect(
      await (await other.client.post('/api/v1/patients/search', { q: 'Priyaa' })).json(),
    ).toEqual([])
    expect((await (await owner.client.get(`/api/v1/patients/${patient.id}`)).json()).fullName).toBe(
      'Priyaa Sharmaa',
    )
  })
})

/** Patients of the main test clinic (on PostgreSQL other files add patients concurrently). */
function countPatients() {
  return t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM patients WHERE clinic_id = ${owner.clinicId}`.execute(tx)
    return rows[0]?.n ?? 0
  })
}
