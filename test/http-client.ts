import type { Hono } from 'hono'

/**
 * A browser-like client for app.request(): keeps cookies, sends the app's own
 * Origin and echoes the csrf_token cookie in X-CSRF-Token, as the web app does.
 * Each client is one browser; make two to act as two people.
 */
export interface TestClient {
  get(path: string, headers?: Record<string, string>): Promise<Response>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  patch(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  delete(path: string, headers?: Record<string, string>): Promise<Response>
  /** multipart/form-data, as a browser sends a FormData (the boundary is set by Request). */
  postForm(path: string, form: FormData, headers?: Record<string, string>): Promise<Response>
  cookies: Map<string, string>
}

export const ORIGIN = 'http://localhost'

// biome-ignore lint/suspicious/noExplicitAny: tests drive any Hono app.
export type AnyApp = Hono<any, any, any>

export function createClient(app: AnyApp): TestClient {
  const cookies = new Map<string, string>()
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) => {
    const headers = new Headers({ Origin: ORIGIN })
    if (cookies.size > 0) {
      headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '))
    }
    const csrf = cookies.get('csrf_token')
    if (csrf) headers.set('X-CSRF-Token', csrf)
    const isForm = body instanceof FormData
    if (body !== undefined && !isForm) headers.set('Content-Type', 'application/json')
    for (const [name, value] of Object.entries(extra)) headers.set(name, value)
    const response = await app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      ...(isForm ? { body } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    })
    remember(cookies, response)
    return response
  }
  return {
    get: (path, headers) => send('GET', path, undefined, headers),
    post: (path, body, headers) => send('POST', path, body ?? {}, headers),
    patch: (path, body, headers) => send('PATCH', path, body, headers),
    put: (path, body, headers) => send('PUT', path, body, headers),
    delete: (path, headers) => send('DELETE', path, undefined, headers),
    postForm: (path, form, headers) => send('POST', path, form, headers),
    cookies,
  }
}

function remember(cookies: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';')
    const [name = '', ...rest] = pair.split('=')
    const value = rest.join('=')
    // As a browser does (RFC 6265 §5.3): Max-Age wins over Expires when both are given.
    const attribute = (wanted: string) =>
      attributes
        .map((part) => part.trim().split('='))
        .find(([key = '']) => key.toLowerCase() === wanted)?.[1]
    const maxAge = attribute('max-age')
    const expires = attribute('expires')
    const isExpired =
      maxAge !== undefined
        ? Number(maxAge) <= 0
        : expires !== undefined && new Date(expires).getTime() < Date.now()
    if (isExpired || value === '') cookies.delete(name.trim())
    else cookies.set(name.trim(), value)
  }
}

let counter = 0
/** A unique email per call, so tests sharing a PostgreSQL database never collide. */
export function uniqueEmail(prefix = 'staff'): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`
}

export const STRONG_PASSWORD = 'kesari chai at 4 pm'

/** Signs up a new clinic through the API and returns the owner's signed-in client. */
export async function signUpClinic(app: AnyApp, name = 'Smile Dental Care') {
  const client = createClient(app)
  const email = uniqueEmail('owner')
  const response = await client.post('/api/v1/auth/signup', {
    clinicName: name,
    ownerName: 'Dr Asha Rao',
    email,
    password: STRONG_PASSWORD,
    state: 'Karnataka',
  })
  if (response.status !== 201)
    throw new Error(`sign-up failed: ${response.status} ${await response.text()}`)
  const me = (await response.json()) as { user: { id: string }; clinic: { id: string } }
  return { client, email, password: STRONG_PASSWORD, userId: me.user.id, clinicId: me.clinic.id }
}
