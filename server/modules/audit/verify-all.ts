import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { withOwner } from '../../db/with-owner.ts'
import { type ChainReport, verifyChain } from './verify-chain.ts'

/**
 * Verifies every clinic's chain (or one), as the owner role: the audit:verify
 * command. Note: bypasses RLS by design; it reads hashes and contents only to
 * recompute them, and prints no content.
 */
export async function verifyAllClinics(
  adminDb: Kysely<Database>,
  clinicId?: string,
): Promise<ChainReport[]> {
  return withOwner(adminDb, 'audit:verify checks every clinic’s chain', async (tx) => {
    const { rows } = await sql<{ clinic_id: string }>`
      SELECT DISTINCT clinic_id FROM audit_events
      WHERE ${clinicId ?? null}::uuid IS NULL OR clinic_id = ${clinicId ?? null}::uuid
      ORDER BY clinic_id`.execute(tx)
    const reports: ChainReport[] = []
    for (const row of rows) reports.push(await verifyChain(tx, row.clinic_id, { isOwner: true }))
    return reports
  })
}

export function describeReport(report: ChainReport): string {
  if (report.isIntact) {
    return `clinic ${report.clinicId}: intact, ${report.checked} events checked, ${report.unsealed} not yet sealed`
  }
  const broken = report.firstBroken
  const event = broken?.eventId ? ` (event ${broken.eventId})` : ''
  return `clinic ${report.clinicId}: BROKEN at link ${broken?.chainSeq}${event}: ${broken?.reason}`
}
