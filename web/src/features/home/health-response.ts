import type { Health } from '../../../../shared/contracts/health.ts'

// Shape of GET /api/v1/health (shared/contracts/health.ts). Checked at runtime even in production
// because the page may be talking to an older or newer server during an upgrade, and a wrong
// shape should read as "unreachable", not crash. A 503's body is read here too.
export type HealthResponse = Health

export function parseHealthResponse(body: unknown): HealthResponse | null {
  if (typeof body !== 'object' || body === null) return null
  const { status, database, version, time } = body as Record<string, unknown>
  if (status !== 'ok' && status !== 'degraded') return null
  if (database !== 'up' && database !== 'down') return null
  if (typeof version !== 'string' || typeof time !== 'string') return null
  return { status, database, version, time }
}
