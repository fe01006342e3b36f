import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api } from './api.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A fetch that fails `failures` times with a network error, then answers 201. */
function flakyFetch(failures: number) {
  let calls = 0
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => {
    calls += 1
    if (calls <= failures) throw new TypeError('Failed to fetch')
    return new Response(JSON.stringify({ id: 'p1' }), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetch)
  vi.stubGlobal('document', { cookie: 'csrf_token=abc' })
  return fetch
}

const keyOf = (init: RequestInit | undefined) =>
  (init?.headers as Record<string, string> | undefined)?.['idempotency-key']

describe('api(): Idempotency-Key', () => {
  it('retries a POST once after a network failure, with the same key', async () => {
    const fetch = flakyFetch(1)
    expect(await api('/patients', { method: 'POST', body: { fullName: 'x' } })).toEqual({
      id: 'p1',
    })
    expect(fetch).toHaveBeenCalledTimes(2)
    const [first, second] = fetch.mock.calls.map(([, init]) => keyOf(init))
    expect(first).toMatch(/^[0-9a-f]{32}$/)
    expect(second).toBe(first)
  })

  it('gives up after the one retry, as a network failure', async () => {
    const fetch = flakyFetch(2)
    await expect(api('/patients', { method: 'POST', body: {} })).rejects.toBeInstanceOf(ApiError)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('uses a new key for each submission, and none for reads', async () => {
    const fetch = flakyFetch(0)
    await api('/patients', { method: 'POST', body: {} })
    await api('/patients', { method: 'POST', body: {} })
    await api('/patients')
    const keys = fetch.mock.calls.map(([, init]) => keyOf(init))
    expect(keys[0]).not.toBe(keys[1])
    expect(keys[2]).toBeUndefined()
  })

  it('does not retry a read that failed', async () => {
    const fetch = flakyFetch(1)
    await expect(api('/patients')).rejects.toBeInstanceOf(ApiError)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
