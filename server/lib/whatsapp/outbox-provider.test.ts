import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createWhatsAppOutboxProvider } from './outbox-provider.ts'

const root = mkdtempSync(path.join(tmpdir(), 'niramaya-wa-outbox-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the local WhatsApp outbox', () => {
  it('keeps each message as the patient would read it, in sending order, owner-readable only', async () => {
    const dir = path.join(root, 'whatsapp')
    const outbox = createWhatsAppOutboxProvider({ dir })
    const first = await outbox.sendTemplate({
      to: '9876543210',
      templateName: 'appointment_confirmation',
      language: 'hi',
      parameters: [{ name: 'clinic', value: 'स्माइल डेंटल' }],
      text: 'स्माइल डेंटल: नमस्ते आशा…',
      callbackData: 'outbox-row-1',
    })
    await outbox.sendText({
      to: '9876543210',
      text: 'See you tomorrow',
      callbackData: 'outbox-row-2',
    })
    expect(first.providerMessageId).toMatch(/^outbox\./)

    const files = readdirSync(dir).sort()
    expect(files).toHaveLength(2)
    const messages = files.map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')))
    expect(messages.map((message) => message.callbackData)).toEqual([
      'outbox-row-1',
      'outbox-row-2',
    ])
    expect(messages[0]).toMatchObject({
      channel: 'whatsapp',
      to: '9876543210',
      templateName: 'appointment_confirmation',
      language: 'hi',
      text: 'स्माइल डेंटल: नमस्ते आशा…',
    })
    expect(messages[1]).toMatchObject({ templateName: null, text: 'See you tomorrow' })
    expect(statSync(path.join(dir, files[0] as string)).mode & 0o777).toBe(0o600)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
  })
})
