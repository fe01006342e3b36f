import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../http/errors.ts'
import { createEmailProvider } from './create-email-provider.ts'
import { createOutboxProvider, listOutbox, readOutboxMessage } from './outbox-provider.ts'

describe('outbox email provider', () => {
  let dataDir: string
  let dir: string
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'niramaya-outbox-'))
    dir = path.join(dataDir, 'outbox')
  })
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('is chosen when no SMTP URL is configured, under the data directory', async () => {
    const provider = createEmailProvider({ smtpUrl: undefined, emailFrom: 'x@y.in', dataDir })
    expect(provider.kind).toBe('outbox')
    await provider.send({ to: 'asha@example.in', subject: 'Hello', text: 'Hi' })
    expect(await readdir(dir)).toHaveLength(1)
  })

  it('writes each message as a JSON file named by time, readable by its owner only', async () => {
    const provider = createOutboxProvider({ dir })
    const { messageId } = await provider.send({ to: 'asha@example.in', subject: 'S', text: 'T' })
    const [name] = await readdir(dir)
    expect(name).toMatch(
      new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z_${messageId}\\.json$`),
    )
    if (process.platform !== 'win32') {
      expect((await stat(path.join(dir, name ?? ''))).mode & 0o777).toBe(0o600)
    }
  })

  it('lists messages newest first, up to the limit', async () => {
    const provider = createOutboxProvider({ dir })
    for (const subject of ['first', 'second', 'third']) {
      await provider.send({ to: 'asha@example.in', subject, text: `${subject} body` })
    }
    const listed = await listOutbox(dir, 2)
    expect(listed.map((message) => message.subject)).toEqual(['third', 'second'])
    expect(listed[0]).toMatchObject({ to: 'asha@example.in', text: 'third body', html: null })
    expect(new Date(listed[0]?.createdAt ?? '').getTime()).toBeGreaterThan(
      new Date(listed[1]?.createdAt ?? '').getTime(),
    )
  })

  it('lists nothing before the first message is sent', async () => {
    expect(await listOutbox(dir, 10)).toEqual([])
  })

  it('reads one message by id', async () => {
    const provider = createOutboxProvider({ dir })
    await provider.send({ to: 'other@example.in', subject: 'Other', text: 'x' })
    const { messageId } = await provider.send({
      to: 'asha@example.in',
      subject: 'Reset your password',
      text: 'Open the link',
      html: '<p>Open the link</p>',
    })
    expect(await readOutboxMessage(dir, messageId)).toEqual({
      id: messageId,
      to: 'asha@example.in',
      subject: 'Reset your password',
      text: 'Open the link',
      html: '<p>Open the link</p>',
      createdAt: expect.any(String),
      clinicId: null,
    })
    expect(await readOutboxMessage(dir, '00000000-0000-4000-8000-000000000000')).toBeUndefined()
  })

  it('keeps the clinic of each message and lists only what the filter lets through', async () => {
    const provider = createOutboxProvider({ dir })
    const clinicA = '11111111-1111-4111-8111-111111111111'
    await provider.send({ to: 'a@example.in', subject: 'A1', text: 'x', clinicId: clinicA })
    await provider.send({ to: 'p@example.in', subject: 'Platform', text: 'x' })
    await provider.send({ to: 'a@example.in', subject: 'A2', text: 'x', clinicId: clinicA })
    const ofA = await listOutbox(dir, 10, (message) => message.clinicId === clinicA)
    expect(ofA.map((message) => message.subject)).toEqual(['A2', 'A1'])
    const newestOfA = await listOutbox(dir, 1, (message) => message.clinicId === clinicA)
    expect(newestOfA.map((message) => message.subject)).toEqual(['A2'])
    const platform = await listOutbox(dir, 10, (message) => message.clinicId === null)
    expect(platform.map((message) => message.subject)).toEqual(['Platform'])
  })

  it('refuses ids that could name another file', async () => {
    await writeFile(path.join(dataDir, 'secret.json'), '{}')
    for (const id of [
      '../secret',
      '..\\secret',
      'a/b',
      '',
      '00000000-0000-4000-8000-00000000000/',
    ]) {
      await expect(readOutboxMessage(dir, id)).rejects.toThrow(AppError)
    }
  })
})
