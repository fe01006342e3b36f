import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ApiError, api } from './api.ts'
import { apiKey, createQueryClient, shouldRetry } from './query.ts'
import { ApiContractError, checkResponse } from './response-check.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

function answering(status: number, body: unknown) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  )
  vi.stubGlobal('fetch', fetch)
  vi.stubGlobal('document', { cookie: '' })
  return fetch
}

const PatientSchema = z.object({ id: z.string(), fullName: z.string() })

describe('apiKey', () => {
  it('splits the path so a parent path covers everything under it', () => {
    expect(apiKey('/patients/p1/history')).toEqual(['api', 'patients', 'p1', 'history'])
    expect(apiKey('/appointments?from=2026-01-01&to=2026-01-02')).toEqual([
      'api',
      'appointments',
      { query: { from: '2026-01-01', to: '2026-01-02' } },
    ])
  })

  it('keeps a POST read apart by its body, never by a URL', () => {
    expect(apiKey('/patients/search', { q: 'ra' })).toEqual([
      'api',
      'patients',
      'search',
      { body: { q: 'ra' } },
    ])
    expect(apiKey('/patients/search', { q: 'ra' })).not.toEqual(
      apiKey('/patients/search', { q: 'rav' }),
    )
  })
})

describe('the query client defaults', () => {
  it('never reads again behind the person’s back (audited reads are read once per visit)', () => {
    const queries = createQueryClient().getDefaultOptions().queries
    expect(queries?.refetchOnWindowFocus).toBe(false)
    expect(queries?.refetchOnReconnect).toBe(false)
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false)
  })

  it('retries only network failures, and never a 4xx', () => {
    expect(shouldRetry(0, new ApiError(0, 'network', 'network'))).toBe(true)
    expect(shouldRetry(2, new ApiError(0, 'network', 'network'))).toBe(false)
    expect(shouldRetry(0, new ApiError(404, 'not_found', 'x'))).toBe(false)
    expect(shouldRetry(0, new ApiError(403, 'forbidden', 'x'))).toBe(false)
    expect(shouldRetry(0, new ApiError(500, 'internal', 'x'))).toBe(false)
    expect(shouldRetry(0, new Error('boom'))).toBe(false)
  })

  it('does not retry a 404 when a screen reads through the client', async () => {
    const fetch = answering(404, { error: { code: 'not_found', message: 'x', requestId: 'r' } })
    const client = createQueryClient()
    const read = client.fetchQuery({
      queryKey: apiKey('/patients/p1'),
      queryFn: ({ signal }) => api('/patients/p1', { signal }),
      retry: client.getDefaultOptions().queries?.retry,
    })
    await expect(read).rejects.toMatchObject({ status: 404 })
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('api(path, { schema }): response validation', () => {
  // A refusal is also logged (for the browser tests); here it would only be noise.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('returns a body that matches its contract as sent', async () => {
    answering(200, { id: 'p1', fullName: 'A' })
    expect(await api('/patients/p1', { schema: PatientSchema })).toEqual({
      id: 'p1',
      fullName: 'A',
    })
  })

  it('throws naming the path and the failing field when the body drifts from the contract', async () => {
    answering(200, { id: 'p1', fullName: 42 })
    const read = api('/patients/p1', { schema: PatientSchema })
    await expect(read).rejects.toBeInstanceOf(ApiContractError)
    await expect(api('/patients/p1', { schema: PatientSchema })).rejects.toThrow(
      /GET \/patients\/p1: .* at fullName/,
    )
  })

  it('names the item of a list that failed, and never its value', () => {
    const list = z.array(PatientSchema)
    let thrown: unknown
    try {
      checkResponse(
        'GET',
        '/patients',
        list,
        [{ id: 'p1', fullName: 'Ravi Kumar' }, { id: 'p2' }],
        true,
      )
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ApiContractError)
    expect((thrown as ApiContractError).field).toBe('1.fullName')
    expect((thrown as Error).message).not.toContain('Ravi')
  })

  it('is skipped in production builds', () => {
    expect(() => checkResponse('GET', '/x', PatientSchema, { nope: true }, false)).not.toThrow()
  })

  it('leaves error answers to ApiError, whatever the schema', async () => {
    answering(403, { error: { code: 'forbidden', message: 'x', requestId: 'r' } })
    await expect(api('/patients/p1', { schema: PatientSchema })).rejects.toBeInstanceOf(ApiError)
  })
})
