import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { buildApp } from '../../app.ts'
import { generateMasterKeyBase64, parseMasterKey } from '../../lib/crypto/index.ts'
import { createKeyring } from './keyring.ts'
import { rewrapClinicKeys } from './rotate-master-key.ts'

const oldMaster = parseMasterKey(generateMasterKeyBase64())
const newMaster = parseMasterKey(generateMasterKeyBase64())

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ keyring: createKeyring(oldMaster) })
})
afterAll(() => t.close())

const appWith = (keyring: ReturnType<typeof createKeyring>) => buildApp({ ...t.deps, keyring })

describe('clinic keys and master key rotation', () => {
  it('wraps each clinic key with the master key; rotation re-wraps without re-encrypting fields', async () => {
    const owner = await signUpClinic(t.app)
    const patient = await (
      await owner.client.post('/api/v1/patients', {
        fullName: 'Key Test',
        ageYears: 40,
        sex: 'male',
        phone: '9811111111',
      })
    ).json()
    const before = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ master_key_id: string; phone: string }>`
        SELECT k.master_key_id, encode(p.phone_cipher, 'hex') AS phone
        FROM clinic_keys k JOIN patients p ON p.clinic_id = k.clinic_id
        WHERE k.clinic_id = ${owner.clinicId} AND p.id = ${patient.id}`.execute(tx)
      return rows[0]
    })
    expect(before?.master_key_id).toBe(oldMaster.id)

    // Scoped to this clinic: on PostgreSQL other test files' clinics share the database.
    const rotation = await rewrapClinicKeys(
      t.database.adminDb,
      createKeyring(newMaster, [oldMaster]),
      {
        clinicId: owner.clinicId,
      },
    )
    expect(rotation).toEqual({ rewrapped: 1, alreadyCurrent: 0 })

    const after = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ master_key_id: string; phone: string }>`
        SELECT k.master_key_id, encode(p.phone_cipher, 'hex') AS phone
        FROM clinic_keys k JOIN patients p ON p.clinic_id = k.clinic_id
        WHERE k.clinic_id = ${owner.clinicId} AND p.id = ${patient.id}`.execute(tx)
      return rows[0]
    })
    expect(after).toEqual({ master_key_id: newMaster.id, phone: before?.phone })

    // A server holding only the new master reads the patient; one holding only the old cannot.
    const withNew = await appWith(createKeyring(newMaster)).request(
      `/api/v1/patients/${patient.id}`,
      {
        headers: { Cookie: cookieOf(owner.client.cookies) },
      },
    )
    expect((await withNew.json()).phone).toBe('+919811111111')
    const withOld = await appWith(createKeyring(oldMaster)).request(
      `/api/v1/patients/${patient.id}`,
      {
        headers: { Cookie: cookieOf(owner.client.cookies) },
      },
    )
    expect(withOld.status).toBe(500)
    expect(await withOld.text()).not.toContain('9811111111')
  })

  it('stops, changing nothing, when a clinic key is wrapped by a master it was not given', async () => {
    const stranger = parseMasterKey(generateMasterKeyBase64())
    await expect(rewrapClinicKeys(t.database.adminDb, createKeyring(stranger))).rejects.toThrow(
      /MASTER_KEYS_PREVIOUS/,
    )
  })
})

function cookieOf(cookies: Map<string, string>) {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
}
