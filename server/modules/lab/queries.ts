import type { Selectable } from 'kysely'
import { sql } from 'kysely'
import type { LabCaseStatus } from '../../../shared/contracts/lab.ts'
import type { LabCaseEventsTable, LabCasesTable, LabsTable } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

export type LabRow = Selectable<LabsTable>
export type LabCaseRow = Selectable<LabCasesTable>
export type LabCaseEventRow = Selectable<LabCaseEventsTable>

/** A case with what the board shows beside it: names, its remake, and days overdue. */
export interface LoadedLabCase extends LabCaseRow {
  lab_name: string
  patient_name: string
  remade_as: string | null
  days_overdue: number | null
  events: LabCaseEventRow[]
}

export interface CaseFilter {
  patientId?: string
  caseId?: string
  status?: LabCaseStatus
  labId?: string
  isOverdue?: boolean
}

/** The clinic's labs, by name; archived ones only when asked. */
export async function findLabs(tx: Tx, includeArchived: boolean): Promise<LabRow[]> {
  let query = tx.selectFrom('labs').selectAll().orderBy(sql`lower(name)`)
  if (!includeArchived) query = query.where('archived_at', 'is', null)
  return query.execute()
}

export async function findLab(tx: Tx, labId: string): Promise<LabRow | undefined> {
  return tx.selectFrom('labs').selectAll().where('id', '=', labId).executeTakeFirst()
}

/** One case, locked for a change (the rows the caller may read: RLS and care team). */
export async function findCaseForUpdate(tx: Tx, caseId: string): Promise<LabCaseRow | undefined> {
  return tx
    .selectFrom('lab_cases')
    .selectAll()
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst()
}

// The board shows every case still open; closed ones (fitted, remade) only the latest few
// hundred, so a clinic's years of crowns do not all come back on every load.
const CLOSED_LIMIT = 300

/**
 * Cases with their lab, patient, remake and steps: the ones the caller may read (RLS: the care
 * team for doctors and assistants). Overdue: still at the lab and due before the clinic's today.
 * Open cases first by due date, then closed ones newest first.
 */
export async function loadCases(
  tx: Tx,
  today: string,
  filter: CaseFilter,
): Promise<LoadedLabCase[]> {
  const { rows } = await sql<Omit<LoadedLabCase, 'events'>>`
    SELECT c.*, l.name AS lab_name, p.full_name AS patient_name, r.id AS remade_as,
           CASE WHEN c.status = 'sent' AND c.due_on < ${today}::date
                THEN (${today}::date - c.due_on)::int END AS days_overdue,
           row_number() OVER (PARTITION BY c.status IN ('sent', 'received')
                              ORDER BY c.sent_on DESC, c.created_at DESC) AS recency
    FROM lab_cases c
    JOIN labs l ON l.id = c.lab_id
    JOIN patients p ON p.id = c.patient_id
    LEFT JOIN lab_cases r ON r.remake_of = c.id
    WHERE true
      ${filter.patientId ? sql`AND c.patient_id = ${filter.patientId}::uuid` : sql``}
      ${filter.caseId ? sql`AND c.id = ${filter.caseId}::uuid` : sql``}
      ${filter.status ? sql`AND c.status = ${filter.status}` : sql``}
      ${filter.labId ? sql`AND c.lab_id = ${filter.labId}::uuid` : sql``}
      ${filter.isOverdue ? sql`AND c.status = 'sent' AND c.due_on < ${today}::date` : sql``}
    ORDER BY c.status IN ('sent', 'received') DESC,
             CASE WHEN c.status IN ('sent', 'received') THEN c.due_on END ASC,
             c.sent_on DESC, c.created_at DESC, c.id`.execute(tx)
  const kept = filter.patientId
    ? rows
    : rows.filter(
        (row) =>
          row.status === 'sent' ||
          row.status === 'received' ||
          Number((row as { recency?: number }).recency) <= CLOSED_LIMIT,
      )
  const events = await eventsOf(
    tx,
    kept.map((row) => row.id),
  )
  return kept.map((row) => ({
    ...row,
    days_overdue: row.days_overdue === null ? null : Number(row.days_overdue),
    events: events.get(row.id) ?? [],
  }))
}

async function eventsOf(tx: Tx, caseIds: string[]): Promise<Map<string, LabCaseEventRow[]>> {
  const byCase = new Map<string, LabCaseEventRow[]>()
  if (caseIds.length === 0) return byCase
  const rows = await tx
    .selectFrom('lab_case_events')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('recorded_at')
    .orderBy('occurred_on')
    .execute()
  for (const row of rows) {
    const list = byCase.get(row.case_id) ?? []
    list.push(row)
    byCase.set(row.case_id, list)
  }
  return byCase
}
