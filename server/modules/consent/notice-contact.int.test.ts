import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { hashNotice } from './canonical-json.ts'
import { defaultNotice } from './default-notice.ts'

// DPDP Rules 2025 r.3 and r.9: the notice names the clinic and whom to contact.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

interface Notice {
  id: string
  version: number
  language: string
  content: { title: string; introduction: string; contact: string }
}

async function clinicWithReceptionist(name: string) {
  const owner = await signUpClinic(t.app, name)
  const desk = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'receptionist')
  const notice = async (language: string) =>
    (await (await desk.client.get(`/api/v1/consent/notice?language=${language}`)).json()) as Notice
  return { owner, desk, notice }
}

describe('the consent notice names the clinic and its contact person', () => {
  it('when a receptionist opens consent first in a new clinic', async () => {
    const { owner, notice } = await clinicWithReceptionist('Lotus Dental Studio')
    const english = await notice('en')
    expect(english.version).toBe(1)
    expect(english.content.title).toBe('Lotus Dental Studio: how we use your information')
    expect(english.content.contact).toBe(`Dr Asha Rao, Lotus Dental Studio (${owner.email})`)
    const hindi = await notice('hi')
    expect(hindi).toMatchObject({ version: 1, language: 'hi' })
    expect(hindi.content.title).toContain('Lotus Dental Studio')
    expect(hindi.content.contact).toContain('Dr Asha Rao')
  })

  it('supersedes a stored placeholder notice with a new version, leaving the old one as it was', async () => {
    const { owner, notice } = await clinicWithReceptionist('Neem Tree Dental')
    // A clinic whose receptionist opened consent before the fix: version 1 with placeholders.
    const placeholders = defaultNotice('The clinic', 'The clinic’s front desk')
    const stored = await withClinic(
      t.database.db,
      { clinicId: owner.clinicId, userId: owner.userId },
      async (tx) => {
        for (const [language, content] of Object.entries(placeholders)) {
          await sql`INSERT INTO consent_notices (clinic_id, version, language, content, content_hash)
            VALUES (${owner.clinicId}, 1, ${language}, ${JSON.stringify(content)}::jsonb,
                    ${hashNotice(content)})`.execute(tx)
        }
        const { rows } = await sql<{ id: string }>`
          SELECT id FROM consent_notices WHERE version = 1 AND language = 'en'`.execute(tx)
        return rows[0]?.id
      },
    )

    const english = await notice('en')
    expect(english.version).toBe(2)
    expect(english.content.title).toBe('Neem Tree Dental: how we use your information')
    expect(english.content.contact).toBe(`Dr Asha Rao, Neem Tree Dental (${owner.email})`)
    expect((await notice('hi')).version).toBe(2)

    const old = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ content: { contact: string } }>`
        SELECT content FROM consent_notices WHERE id = ${stored}`.execute(tx)
      return rows[0]?.content
    })
    expect(old?.contact).toBe('The clinic’s front desk')
    // Opening it again publishes nothing more.
    expect((await notice('en')).version).toBe(2)
  })

  it('never replaces a notice the owner published', async () => {
    const { owner, notice } = await clinicWithReceptionist('Banyan Dental')
    const english = await notice('en')
    const own = { ...english.content, contact: 'The clinic’s front desk' }
    const published = await owner.client.post('/api/v1/consent/notices', {
      languages: { en: own },
    })
    expect(published.status).toBe(201)
    expect((await notice('en')).version).toBe(2)
    expect((await notice('en')).content.contact).toBe('The clinic’s front desk')
  })
})
