import type { Finding } from '../../../shared/contracts/chart.ts'
import type { FindingRow } from './queries.ts'

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

export function presentFinding(row: FindingRow): Finding {
  return {
    id: row.id,
    tooth: row.tooth,
    kind: row.kind as Finding['kind'],
    surfaces: row.surfaces as Finding['surfaces'],
    material: row.material as Finding['material'],
    mobilityGrade: row.mobility_grade,
    recessionMm: row.recession_mm,
    status: row.status,
    note: row.note,
    recordedAt: new Date(row.recorded_at).toISOString(),
    recordedBy: row.recorded_by_name,
    completedAt: iso(row.completed_at),
    completedBy: row.completed_by_name,
    supersedesId: row.supersedes_id,
    supersededAt: iso(row.superseded_at),
    supersededBy: row.superseded_by_name,
    supersededReason: row.superseded_reason as Finding['supersededReason'],
  }
}
