// Shape of GET /api/v1/health. Checked at runtime because the page may be talking to an older or
// newer server during an upgrade, and a wrong shape should read as "unreachable", not crash.
export interface HealthResponse {
  status: 'ok' | 'degraded'
  database: 'up' | 'down'
  version: string
  time: string
}

export function parseHealthResponse(body: unknown): HealthResponse | null {
  if (typeof body !== 'object' || body === null) return null
  const { status, database, version, time } = body as Record<string, unknown>
  if (status !== 'ok' && status !== 'degraded') return null
  if (database !== 'up' && database !== 'down') return null
  if (typeof version !== 'string' || typeof time !== 'string') return null
  return { status, database, version, time }
}
