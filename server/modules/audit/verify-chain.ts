import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'

export interface ChainReport {
  clinicId: string
  isIntact: boolean
  checked: number
  unsealed: number
  /** The first link that does not hold, if any. */
  firstBroken?: { chainSeq: number; eventId: number | null; reason: string }
}

interface Link {
  id: number
  chain_seq: number
  prev_hash: string
  hash: string
  content: string
}

const GENESIS = '0'.repeat(64)

/**
 * Walks one clinic's audit chain from the start and recomputes every hash:
 * sha256(prev_hash | chain_seq | content). An edited row changes its content;
 * a deleted row leaves a gap in chain_seq; a cut tail no longer reaches the
 * chain head. `db` must see the clinic's events: the app role inside the
 * clinic's context (owners), or the owner role (the audit:verify command).
 */
export async function verifyChain(
  db: Kysely<Database>,
  clinicId: string,
  options: { isOwner?: boolean } = {},
): Promise<ChainReport> {
  const { rows } = await sql<Link>`
    SELECT e.id, e.chain_seq, e.prev_hash, e.hash, audit_event_content(e) AS content
    FROM audit_events e WHERE e.clinic_id = ${clinicId} AND e.chain_seq IS NOT NULL
    ORDER BY e.chain_seq`.execute(db)
  const unsealed = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM audit_events WHERE clinic_id = ${clinicId} AND chain_seq IS NULL`.execute(
    db,
  )
  const report = (firstBroken?: ChainReport['firstBroken']): ChainReport => ({
    clinicId,
    isIntact: firstBroken === undefined,
    checked: rows.length,
    unsealed: unsealed.rows[0]?.n ?? 0,
    ...(firstBroken ? { firstBroken } : {}),
  })
  let previous = GENESIS
  for (const [index, link] of rows.entries()) {
    const expectedSeq = index + 1
    const seq = Number(link.chain_seq)
    if (seq !== expectedSeq) {
      return report({
        chainSeq: expectedSeq,
        eventId: null,
        reason: 'an event is missing from the chain',
      })
    }
    if (link.prev_hash !== previous) {
      return report({
        chainSeq: seq,
        eventId: Number(link.id),
        reason: 'does not link to the previous event',
      })
    }
    const expected = createHash('sha256').update(`${previous}|${seq}|${link.content}`).digest('hex')
    if (link.hash !== expected) {
      return report({
        chainSeq: seq,
        eventId: Number(link.id),
        reason: 'the event was changed after it was sealed',
      })
    }
    previous = link.hash
  }
  return report(await checkHead(db, clinicId, rows.length, previous, options.isOwner === true))
}

async function checkHead(
  db: Kysely<Database>,
  clinicId: string,
  length: number,
  lastHash: string,
  isOwner: boolean,
) {
  const { rows } = await (isOwner
    ? sql<{ last_seq: number; last_hash: string }>`
        SELECT last_seq, last_hash FROM audit_chain_heads WHERE clinic_id = ${clinicId}`
    : sql<{ last_seq: number; last_hash: string }>`SELECT * FROM audit_chain_head()`
  ).execute(db)
  const head = rows[0]
  if (!head)
    return length === 0
      ? undefined
      : { chainSeq: 1, eventId: null, reason: 'the chain head is missing' }
  if (Number(head.last_seq) !== length || head.last_hash !== lastHash) {
    return {
      chainSeq: length + 1,
      eventId: null,
      reason: 'events at the end of the chain are missing',
    }
  }
  return undefined
}
