import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { browser, type ServerProcess, startServerProcess } from './server-process.ts'

// ADR 0002 promises that stateless servers behind PgBouncer in transaction pooling mode
// keep clinics apart, because the tenant context lives in the transaction. This proves it
// end to end: two server processes, one PgBouncer, two clinics, requests interleaved.
const databaseUrl = process.env.DATABASE_URL
const appUrl = process.env.DATABASE_APP_URL
const isConfigured = Boolean(databaseUrl && appUrl)

describe.skipIf(!isConfigured)('two servers through PgBouncer (transaction pooling)', () => {
  const servers: ServerProcess[] = []
  beforeAll(async () => {
    // Both servers must share the master key, as production servers do.
    const env = {
      DATABASE_URL: databaseUrl as string,
      DATABASE_APP_URL: appUrl as string,
      DATABASE_POOL_SIZE: '4',
      MASTER_KEY: randomBytes(32).toString('base64'),
    }
    servers.push(await startServerProcess(env))
    servers.push(await startServerProcess(env))
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()))
  })

  it('a session made on one server works on the other, and clinics never see each other', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess]
    const clinics = await Promise.all(
      ['Asha', 'Ravi'].map(async (name, index) => {
        const send = browser()
        const home = index === 0 ? a : b
        const signUp = await send(`${home.url}/api/v1/auth/signup`, {
          method: 'POST',
          body: {
            clinicName: `${name} Dental`,
            ownerName: `Dr ${name} Rao`,
            email: `${name.toLowerCase()}-${randomBytes(4).toString('hex')}@example.test`,
            password: 'kesari chai at 4 pm',
            state: 'Karnataka',
          },
        })
        expect(signUp.status).toBe(201)
        return { send, patients: [] as string[] }
      }),
    )

    // Register patients alternately on both servers with one session per clinic.
    for (let round = 0; round < 6; round += 1) {
      for (const [index, clinic] of clinics.entries()) {
        const server = servers[(round + index) % 2] as ServerProcess
        const response = await clinic.send(`${server.url}/api/v1/patients`, {
          method: 'POST',
          body: { fullName: `Patient ${index}-${round}`, ageYears: 30 + round, sex: 'female' },
        })
        expect(response.status).toBe(201)
        clinic.patients.push(((await response.json()) as { id: string }).id)
      }
    }

    // 240 reads fired concurrently over both servers: own patients answer, the other
    // clinic's are not found, whichever pooled server connection carries them.
    const reads = Array.from({ length: 240 }, async (_, n) => {
      const mine = clinics[n % 2] as (typeof clinics)[number]
      const theirs = clinics[(n + 1) % 2] as (typeof clinics)[number]
      const server = servers[Math.floor(n / 2) % 2] as ServerProcess
      const own = mine.patients[n % mine.patients.length] as string
      const foreign = theirs.patients[n % theirs.patients.length] as string
      const [ownRead, foreignRead] = await Promise.all([
        mine.send(`${server.url}/api/v1/patients/${own}`),
        mine.send(`${server.url}/api/v1/patients/${foreign}`),
      ])
      const body = (await ownRead.json()) as { id: string }
      await foreignRead.body?.cancel()
      return { own: ownRead.status, id: body.id === own, foreign: foreignRead.status }
    })
    const results = await Promise.all(reads)
    expect(results.filter((r) => r.own !== 200 || !r.id)).toEqual([])
    expect(results.filter((r) => r.foreign !== 404)).toEqual([])
  })
})
