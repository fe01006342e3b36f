import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type FakeWhatsApp, startFakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import { createInteraktProvider } from './interakt-provider.ts'
import { createMetaProvider } from './meta-provider.ts'
import { ProviderError, type TemplateMessage, type WhatsAppProvider } from './provider.ts'
import { createWatiProvider } from './wati-provider.ts'

const reminder: TemplateMessage = {
  to: '9876543210',
  templateName: 'appointment_reminder',
  language: 'hi',
  parameters: [
    { name: 'clinic', value: 'स्माइल डेंटल' },
    { name: 'patient', value: 'आशा' },
    { name: 'when', value: 'मंगलवार, शाम 5:30' },
  ],
  text: 'स्माइल डेंटल: आशा, याद दिला दें: आपका अपॉइंटमेंट मंगलवार, शाम 5:30 को है।',
  callbackData: '0b8f3a52-1d4c-4e2b-9a55-5a3d0d4b7c11',
}

const fakes: Record<'meta' | 'interakt' | 'wati', FakeWhatsApp> = {} as never
const providers: Record<'meta' | 'interakt' | 'wati', WhatsAppProvider> = {} as never
beforeAll(async () => {
  fakes.meta = await startFakeWhatsApp('meta')
  fakes.interakt = await startFakeWhatsApp('interakt')
  fakes.wati = await startFakeWhatsApp('wati')
  providers.meta = createMetaProvider(
    { phoneNumberId: '1234567890', accessToken: 'meta-token' },
    { graphUrl: fakes.meta.url, timeoutMs: 500 },
  )
  providers.interakt = createInteraktProvider(
    { apiKey: 'aW50ZXJha3Q=' },
    { baseUrl: fakes.interakt.url, timeoutMs: 500 },
  )
  providers.wati = createWatiProvider(
    { endpoint: `${fakes.wati.url}/`, accessToken: 'wati-token' },
    { timeoutMs: 500 },
  )
})
afterEach(() => {
  for (const fake of Object.values(fakes)) {
    fake.behave('ok')
    fake.received.length = 0
  }
})
afterAll(async () => {
  await Promise.all(Object.values(fakes).map((fake) => fake.close()))
})

describe('sending a template', () => {
  it('to Meta: the number with 91, values by position, our outbox id as callback data', async () => {
    const { providerMessageId } = await providers.meta.sendTemplate(reminder)
    expect(providerMessageId).toMatch(/^wamid\./)
    const [request] = fakes.meta.received
    expect(request?.path).toBe('/1234567890/messages')
    expect(request?.headers.authorization).toBe('Bearer meta-token')
    expect(request?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919876543210',
      type: 'template',
      biz_opaque_callback_data: reminder.callbackData,
      template: {
        name: 'appointment_reminder',
        language: { code: 'hi', policy: 'deterministic' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'स्माइल डेंटल' },
              { type: 'text', text: 'आशा' },
              { type: 'text', text: 'मंगलवार, शाम 5:30' },
            ],
          },
        ],
      },
    })
  })

  it('to Interakt: the number without its code, values in order, Basic key', async () => {
    const { providerMessageId } = await providers.interakt.sendTemplate(reminder)
    expect(providerMessageId).toMatch(/^[0-9a-f-]{36}$/)
    const [request] = fakes.interakt.received
    expect(request?.path).toBe('/v1/public/message/')
    expect(request?.headers.authorization).toBe('Basic aW50ZXJha3Q=')
    expect(request?.body).toMatchObject({
      countryCode: '+91',
      phoneNumber: '9876543210',
      callbackData: reminder.callbackData,
      type: 'Template',
      template: {
        name: 'appointment_reminder',
        languageCode: 'hi',
        bodyValues: ['स्माइल डेंटल', 'आशा', 'मंगलवार, शाम 5:30'],
      },
    })
  })

  it('to Wati: the number in the query, values by name, Bearer token', async () => {
    const { providerMessageId } = await providers.wati.sendTemplate(reminder)
    expect(providerMessageId).toMatch(/^[0-9a-f-]{36}$/)
    const [request] = fakes.wati.received
    expect(request?.path).toBe('/api/v1/sendTemplateMessage')
    expect(request?.query.get('whatsappNumber')).toBe('919876543210')
    expect(request?.headers.authorization).toBe('Bearer wati-token')
    expect(request?.body).toMatchObject({
      template_name: 'appointment_reminder',
      parameters: reminder.parameters,
    })
  })

  it('carries a PDF: Meta and Interakt as the document header, Wati as document_url', async () => {
    const document = {
      url: 'https://clinic.example/api/v1/message-documents/abc',
      filename: 'INV-1.pdf',
    }
    const withDocument = { ...reminder, templateName: 'document_ready', document }
    for (const kind of ['meta', 'interakt', 'wati'] as const) {
      await providers[kind].sendTemplate(withDocument)
    }
    const meta = fakes.meta.received.at(-1)?.body as {
      template: { components: { type: string; parameters: object[] }[] }
    }
    expect(meta.template.components[0]).toEqual({
      type: 'header',
      parameters: [{ type: 'document', document: { link: document.url, filename: 'INV-1.pdf' } }],
    })
    expect(meta.template.components[1]?.type).toBe('body')
    const interakt = fakes.interakt.received.at(-1)?.body as {
      template: { headerValues: string[]; fileName: string }
    }
    expect(interakt.template).toMatchObject({ headerValues: [document.url], fileName: 'INV-1.pdf' })
    const wati = fakes.wati.received.at(-1)?.body as {
      parameters: { name: string; value: string }[]
    }
    expect(wati.parameters.at(-1)).toEqual({ name: 'document_url', value: document.url })
    // Without a document, no header at all.
    await providers.meta.sendTemplate(reminder)
    const plain = fakes.meta.received.at(-1)?.body as {
      template: { components: { type: string }[] }
    }
    expect(plain.template.components.map((component) => component.type)).toEqual(['body'])
  })

  it('sends a free-text reply through each, in Hindi', async () => {
    const reply = { to: '9876543210', text: 'जी, कल मिलते हैं', callbackData: reminder.callbackData }
    for (const kind of ['meta', 'interakt', 'wati'] as const) {
      await providers[kind].sendText(reply)
    }
    expect(fakes.meta.received[0]?.body).toMatchObject({
      type: 'text',
      text: { body: 'जी, कल मिलते हैं', preview_url: false },
    })
    expect(fakes.interakt.received[0]?.body).toMatchObject({
      type: 'Text',
      data: { message: 'जी, कल मिलते हैं' },
    })
    expect(fakes.wati.received[0]?.path).toBe('/api/v1/sendSessionMessage/919876543210')
    expect(fakes.wati.received[0]?.query.get('messageText')).toBe('जी, कल मिलते हैं')
  })
})

describe('a provider that fails', () => {
  const failure = async (kind: 'meta' | 'interakt' | 'wati') =>
    providers[kind].sendTemplate(reminder).then(
      () => {
        throw new Error('expected a ProviderError')
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(ProviderError)
        return error as ProviderError
      },
    )

  it('is retried later on 5xx, 429 and timeouts, and not on 4xx', async () => {
    for (const kind of ['meta', 'interakt', 'wati'] as const) {
      fakes[kind].behave(503)
      expect(await failure(kind)).toMatchObject({
        retryable: true,
        code: '503',
        outcomeUnknown: true,
      })
      fakes[kind].behave(429)
      expect(await failure(kind)).toMatchObject({
        retryable: true,
        code: '429',
        outcomeUnknown: false,
      })
      fakes[kind].behave(401)
      expect(await failure(kind)).toMatchObject({ retryable: false, code: '401' })
      fakes[kind].behave('hang')
      expect(await failure(kind)).toMatchObject({
        retryable: true,
        code: 'ETIMEDOUT',
        outcomeUnknown: true,
      })
      fakes[kind].behave('garbage')
      expect(await failure(kind)).toMatchObject({ retryable: true, code: 'EBADRESPONSE' })
    }
  })

  it('says a refused connection cannot have sent anything, and keeps no provider text', async () => {
    // A port that was just free: nothing listens there.
    const gone = await startFakeWhatsApp('meta')
    await gone.close()
    const closed = createMetaProvider(
      { phoneNumberId: '1', accessToken: 't' },
      { graphUrl: gone.url, timeoutMs: 500 },
    )
    const error = await closed.sendTemplate(reminder).catch((caught: ProviderError) => caught)
    expect(error).toMatchObject({ retryable: true, code: 'ECONNREFUSED', outcomeUnknown: false })
    expect((error as Error).message).not.toContain('9876543210')
  })
})
