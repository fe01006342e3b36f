import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { lastResort } from './last-resort.ts'

function capturingLogger() {
  const lines: string[] = []
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    }),
  )
  return { logger, lines }
}

describe('lastResort', () => {
  it('answers a JSON 500 when the app rejects with something that is not an Error', async () => {
    const { logger, lines } = capturingLogger()
    const fetch = lastResort(async (_request: Request): Promise<Response> => {
      throw 'a string from Meera Iyer'
    }, logger)
    const response = await fetch(new Request('http://localhost/api/v1/patients'))
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({
      error: { code: 'internal', message: 'Something went wrong on our side' },
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('"name":"string"')
    expect(lines[0]).not.toContain('Meera')
  })

  it('passes answers through untouched', async () => {
    const { logger, lines } = capturingLogger()
    const fetch = lastResort(
      async (_request: Request) => new Response('ok', { status: 201 }),
      logger,
    )
    const response = await fetch(new Request('http://localhost/'))
    expect(response.status).toBe(201)
    expect(lines).toEqual([])
  })
})
