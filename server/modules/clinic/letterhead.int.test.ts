import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bytesOf, pngImage, uploadForm } from '../../../test/document-helpers.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { letterheadOf } from './index.ts'

let t: TestApp
let owner: Awaited<ReturnType<typeof signUpClinic>>
let admin: TestClient
let receptionist: TestClient
let other: Awaited<ReturnType<typeof signUpClinic>>

beforeAll(async () => {
  t = await createTestApp()
  owner = await signUpClinic(t.app, 'Smile Care Dental Clinic')
  other = await signUpClinic(t.app, 'Other Dental')
  const outbox = t.deps.outboxDir as string
  admin = (await addStaff(t.app, outbox, owner.client, 'admin')).client
  receptionist = (await addStaff(t.app, outbox, owner.client, 'receptionist')).client
})
afterAll(() => t.close())

const LETTERHEAD = {
  addressLine1: '12, MG Road',
  addressLine2: 'Near City Hospital',
  city: 'Pune',
  stateCode: '27',
  pinCode: '411001',
  phone: '+91 20 2612 3456',
  email: 'Front.Desk@SmileCare.example',
  gstin: '27aapfu0939f1zv',
}

const logoForm = (file: Buffer, name = 'logo.png') => uploadForm(file, { kind: null, name })

/** The field and reason of an error answer: a single-field error or the first issue. */
async function refusal(response: Response) {
  const { error } = (await response.json()) as {
    error: { field?: string; reason: string; issues?: Array<{ field: string; reason: string }> }
  }
  return error.issues?.[0] ?? { field: error.field, reason: error.reason }
}

async function letterheadOfClinic(clinicId: string, userId: string) {
  return withClinic(t.database.db, { clinicId, userId }, (tx) => letterheadOf(tx, t.deps.storage))
}

describe('letterhead settings', () => {
  it('lets the owner set the letterhead, normalising e-mail and GSTIN', async () => {
    const response = await owner.client.patch('/api/v1/clinic/settings', LETTERHEAD)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      name: 'Smile Care Dental Clinic',
      addressLine1: '12, MG Road',
      city: 'Pune',
      stateCode: '27',
      pinCode: '411001',
      email: 'front.desk@smilecare.example',
      gstin: '27AAPFU0939F1ZV',
      hasLogo: false,
    })
    const read = await owner.client.get('/api/v1/clinic/settings')
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ phone: '+91 20 2612 3456' })
  })

  it('gives the plans module a letterhead ready to print', async () => {
    expect(await letterheadOfClinic(owner.clinicId, owner.userId)).toEqual({
      clinicName: 'Smile Care Dental Clinic',
      addressLines: ['12, MG Road', 'Near City Hospital', 'Pune, Maharashtra 411001'],
      phone: '+91 20 2612 3456',
      email: 'front.desk@smilecare.example',
      gstin: '27AAPFU0939F1ZV',
      logoPng: null,
    })
  })

  it('keeps the legal name of the GST registration beside the trade name', async () => {
    const response = await owner.client.patch('/api/v1/clinic/settings', {
      legalName: 'Dr Kavita Joshi (proprietor)',
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      name: 'Smile Care Dental Clinic',
      legalName: 'Dr Kavita Joshi (proprietor)',
    })
    // A GSTIN and state changed together to agree are accepted; then put back.
    const moved = await owner.client.patch('/api/v1/clinic/settings', {
      stateCode: '29',
      gstin: '29AAPFU0939F1ZR',
    })
    expect(moved.status).toBe(200)
    const back = await owner.client.patch('/api/v1/clinic/settings', {
      stateCode: '27',
      gstin: '27AAPFU0939F1ZV',
    })
    expect(back.status).toBe(200)
  })

  it('the database refuses a GSTIN of another state than the clinic', async () => {
    const code = await t.database.asOwner(async (tx) => {
      try {
        await sql`UPDATE clinics SET gstin = '29AAPFU0939F1ZR' WHERE id = ${owner.clinicId}`.execute(
          tx,
        )
        return 'changed'
      } catch (error) {
        return (error as { code?: string }).code
      }
    })
    expect(code).toBe('23514')
  })

  it('clears a field with null and leaves the others', async () => {
    const response = await owner.client.patch('/api/v1/clinic/settings', { addressLine2: null })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ addressLine2: null, addressLine1: '12, MG Road' })
  })

  it.each([
    ['gstin', { gstin: '27AAPFU0939F1Z' }, 'clinic.gstin'],
    ['gstin', { gstin: '27AAPFU0939F1XV' }, 'clinic.gstin'],
    // The Luhn mod 36 check character (india-domain §3.5): one mistyped character.
    ['gstin', { gstin: '27AAPFU0939F1ZW' }, 'clinic.gstin_check_character'],
    ['gstin', { gstin: '27AAPFU0000F1ZJ' }, 'clinic.gstin_pan_serial'],
    // A valid Karnataka GSTIN for a clinic in Maharashtra, or moving the clinic's state away
    // from its GSTIN's.
    ['gstin', { gstin: '29AAPFU0939F1ZR' }, 'clinic.gstin_state'],
    ['gstin', { stateCode: '29' }, 'clinic.gstin_state'],
    ['pinCode', { pinCode: '011001' }, 'clinic.pin_code'],
    ['phone', { phone: 'call us' }, 'clinic.phone'],
    ['email', { email: 'not-an-email' }, undefined],
    ['stateCode', { stateCode: '25' }, undefined],
    ['addressLine1', { addressLine1: 'x'.repeat(201) }, undefined],
    ['addressLine1', { addressLine1: '   ' }, undefined],
  ])('refuses a bad %s with a 400 naming it, changing nothing', async (field, body, reason) => {
    const response = await owner.client.patch('/api/v1/clinic/settings', body)
    expect(response.status).toBe(400)
    const refused = await refusal(response)
    expect(refused.field).toBe(field)
    if (reason) expect(refused.reason).toBe(reason)
    const after = (await (await owner.client.get('/api/v1/clinic/settings')).json()) as Record<
      string,
      unknown
    >
    expect(after).toMatchObject({ gstin: '27AAPFU0939F1ZV', pinCode: '411001', city: 'Pune' })
  })

  it('is for the owner only', async () => {
    for (const client of [admin, receptionist]) {
      expect((await client.patch('/api/v1/clinic/settings', { city: 'Mumbai' })).status).toBe(403)
      expect((await client.get('/api/v1/clinic/settings')).status).toBe(403)
    }
    const read = (await (await owner.client.get('/api/v1/clinic/settings')).json()) as {
      city: string
    }
    expect(read.city).toBe('Pune')
  })

  it('never shows or changes another clinic', async () => {
    const theirs = (await (await other.client.get('/api/v1/clinic/settings')).json()) as Record<
      string,
      unknown
    >
    expect(theirs).toMatchObject({ name: 'Other Dental', city: null, gstin: null })
  })
})

describe('the letterhead logo', () => {
  it('stores a PNG, serves it back, and puts it on the letterhead', async () => {
    const png = await pngImage(120, 60)
    const response = await owner.client.postForm('/api/v1/clinic/logo', logoForm(png))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ hasLogo: true })

    for (const client of [owner.client, receptionist]) {
      const served = await client.get('/api/v1/clinic/logo')
      expect(served.status).toBe(200)
      expect(served.headers.get('Content-Type')).toBe('image/png')
      expect((await bytesOf(served)).equals(png)).toBe(true)
    }
    const letterhead = await letterheadOfClinic(owner.clinicId, owner.userId)
    expect(letterhead.logoPng?.equals(png)).toBe(true)
  })

  it('replaces the logo with a JPEG, whatever the file is called', async () => {
    const sharp = (await import('sharp')).default
    const jpeg = await sharp({
      create: { width: 40, height: 40, channels: 3, background: { r: 0, g: 90, b: 160 } },
    })
      .jpeg()
      .toBuffer()
    const response = await owner.client.postForm('/api/v1/clinic/logo', logoForm(jpeg, 'logo.png'))
    expect(response.status).toBe(200)
    const served = await owner.client.get('/api/v1/clinic/logo')
    expect(served.headers.get('Content-Type')).toBe('image/jpeg')
    expect((await bytesOf(served)).equals(jpeg)).toBe(true)
  })

  it.each([
    ['a PDF named .png', Buffer.from('%PDF-1.4\n%%EOF\n'), 400, 'clinic.logo_wrong_type'],
    [
      'a truncated PNG',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      400,
      'clinic.logo_wrong_type',
    ],
    ['an empty file', Buffer.alloc(0), 400, 'document.empty'],
    ['a file over 512 KB', Buffer.alloc(512 * 1024 + 1, 0xff), 413, 'clinic.logo_too_large'],
  ])('refuses %s, keeping the logo it had', async (_name, file, status, reason) => {
    const before = await bytesOf(await owner.client.get('/api/v1/clinic/logo'))
    const response = await owner.client.postForm('/api/v1/clinic/logo', logoForm(file))
    expect(response.status).toBe(status)
    expect(await refusal(response)).toMatchObject({ field: 'file', reason })
    expect((await bytesOf(await owner.client.get('/api/v1/clinic/logo'))).equals(before)).toBe(true)
  })

  it('refuses a form without a file, and a body that is not a form', async () => {
    const form = new FormData()
    form.set('other', 'x')
    expect((await owner.client.postForm('/api/v1/clinic/logo', form)).status).toBe(400)
    expect((await owner.client.post('/api/v1/clinic/logo', { file: 'x' })).status).toBe(415)
  })

  it('lets only the owner upload or remove it', async () => {
    const png = await pngImage(10, 10)
    for (const client of [admin, receptionist]) {
      expect((await client.postForm('/api/v1/clinic/logo', logoForm(png))).status).toBe(403)
      expect((await client.delete('/api/v1/clinic/logo')).status).toBe(403)
    }
    expect((await owner.client.get('/api/v1/clinic/logo')).status).toBe(200)
  })

  it('is not visible to another clinic', async () => {
    expect((await other.client.get('/api/v1/clinic/logo')).status).toBe(404)
  })

  it('is removed by the owner', async () => {
    const response = await owner.client.delete('/api/v1/clinic/logo')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ hasLogo: false })
    expect((await owner.client.get('/api/v1/clinic/logo')).status).toBe(404)
    expect((await letterheadOfClinic(owner.clinicId, owner.userId)).logoPng).toBeNull()
    // Removing none is not an error.
    expect((await owner.client.delete('/api/v1/clinic/logo')).status).toBe(200)
  })
})
