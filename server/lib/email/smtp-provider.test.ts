import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SmtpSink, startSmtpSink } from '../../../test/smtp-sink.ts'
import { createEmailProvider } from './create-email-provider.ts'
import { createSmtpProvider } from './smtp-provider.ts'

describe('SMTP email provider', () => {
  let sink: SmtpSink
  beforeAll(async () => {
    sink = await startSmtpSink()
  })
  afterAll(async () => {
    await sink?.close()
  })

  it('delivers the message with the configured sender', async () => {
    const provider = createSmtpProvider({ url: sink.url, from: 'Niramaya <no-reply@clinic.test>' })
    const { messageId } = await provider.send({
      to: 'asha@example.in',
      subject: 'You are invited to Sunrise Dental',
      text: 'Open https://clinic.test/invite/abc to join.',
      html: '<p>Open <a href="https://clinic.test/invite/abc">this link</a> to join.</p>',
    })
    await provider.close()

    expect(messageId).toMatch(/^<.+@.+>$/)
    const received = await sink.waitFor((message) => message.subject.includes('Sunrise Dental'))
    expect(received.to).toBe('asha@example.in')
    expect(received.from).toBe('Niramaya <no-reply@clinic.test>')
    expect(received.text.trim()).toBe('Open https://clinic.test/invite/abc to join.')
    expect(received.html).toContain('href="https://clinic.test/invite/abc"')
  })

  it('sends plain text alone and authenticates with credentials from the URL', async () => {
    const url = sink.url.replace('smtp://', 'smtp://mailer:s%40cret@')
    const provider = createEmailProvider({
      smtpUrl: url,
      emailFrom: 'x@clinic.test',
      dataDir: '/nonexistent',
    })
    expect(provider.kind).toBe('smtp')
    await provider.send({ to: 'ravi@example.in', subject: 'Reset your password', text: 'Hello' })
    await provider.close()

    const received = await sink.waitFor((message) => message.to === 'ravi@example.in')
    expect(received.subject).toBe('Reset your password')
    expect(received.html).toBeUndefined()
    expect(sink.usernames).toContain('mailer')
  })

  it('rejects when the server cannot be reached', async () => {
    const provider = createSmtpProvider({ url: 'smtp://127.0.0.1:1', from: 'x@clinic.test' })
    await expect(provider.send({ to: 'a@example.in', subject: 's', text: 't' })).rejects.toThrow()
    await provider.close()
  })
})
