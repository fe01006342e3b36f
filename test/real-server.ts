import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { STRONG_PASSWORD, uniqueEmail } from './http-client.ts'

/**
 * The real server over real HTTP (startNiramaya on port 0), for tests about what happens to the
 * process: sockets cut mid-body, connections terminated under load. Everything else should go
 * through app.request() (test/test-app.ts), which is faster.
 */
export async function startRealServer(): Promise<RunningNiramaya & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-real-'))
  const running = await startNiramaya({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: process.env.DATABASE_URL ?? '',
    logLevel: 'silent',
  })
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A browser over fetch: keeps cookies, sends the server's own Origin and the CSRF token. */
export interface HttpClient {
  get(path: string): Promise<Response>
  post(path: string, body: unknown): Promise<Response>
  /** Any body and content type, for malformed uploads. */
  send(
    path: string,
    body: Uint8Array<ArrayBuffer> | FormData,
    contentType?: string,
  ): Promise<Response>
  headers(): Record<string, string>
}

export function httpClient(baseUrl: string): HttpClient {
  const cookies = new Map<string, string>()
  const headers = (): Record<string, string> => {
    const result: Record<string, string> = { Origin: new URL(baseUrl).origin }
    if (cookies.size > 0) {
      result.Cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    }
    const csrf = cookies.get('csrf_token')
    if (csrf) result['X-CSRF-Token'] = csrf
    return result
  }
  const request = async (method: string, pathname: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${pathname}`, {
      ...init,
      method,
      headers: { ...headers(), ...(init.headers as Record<string, string> | undefined) },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const [name = '', ...rest] = pair.split('=')
      cookies.set(name.trim(), rest.join('='))
    }
    return response
  }
  return {
    get: (pathname) => request('GET', pathname),
    post: (pathname, body) =>
      request('POST', pathname, {
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      }),
    send: (pathname, body, contentType) =>
      request('POST', pathname, {
        body,
        ...(contentType ? { headers: { 'Content-Type': contentType } } : {}),
      }),
    headers,
  }
}

/** Signs up a clinic over HTTP and registers one (synthetic) patient. */
export async function signUpWithPatient(baseUrl: string) {
  const client = httpClient(baseUrl)
  const signUp = await client.post('/api/v1/auth/signup', {
    clinicName: 'Crash Test Dental',
    ownerName: 'Dr Asha Rao',
    email: uniqueEmail('owner'),
    password: STRONG_PASSWORD,
    state: 'Karnataka',
  })
  if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status}`)
  const { clinic } = (await signUp.json()) as { clinic: { id: string } }
  const patient = await client.post('/api/v1/patients', {
    fullName: 'Meera Iyer',
    dateOfBirth: '1985-06-01',
    sex: 'female',
    phone: '9876501234',
  })
  if (patient.status !== 201) throw new Error(`patient: ${patient.status}`)
  const { id: patientId } = (await patient.json()) as { id: string }
  return { client, clinicId: clinic.id, patientId }
}
