import type { Tx } from '../../db/with-clinic.ts'
import { recordEvent } from './record.ts'
import { type ChainReport, verifyChain } from './verify-chain.ts'

/** Checks this clinic's hash chain and records that someone checked it, and what was found. */
export async function verifyClinicChain(tx: Tx, clinicId: string): Promise<ChainReport> {
  const report = await verifyChain(tx, clinicId)
  await recordEvent(tx, 'audit.verified', { isIntact: report.isIntact, checked: report.checked })
  return report
}
