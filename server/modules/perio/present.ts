import type {
  PerioExam,
  PerioExamListItem,
  PerioSiteRecord,
  PerioToothResponse,
} from '../../../shared/contracts/perio.ts'
import { PERIO_SITES } from '../../../shared/dental/fdi.ts'
import { calAt, summarisePerio } from '../../../shared/dental/perio-summary.ts'
import type { ExamRow, SiteRow, ToothRow } from './queries.ts'

const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value))

export function presentTooth(row: ToothRow): PerioToothResponse {
  return {
    tooth: row.tooth,
    missing: row.missing,
    implant: row.implant,
    mobility: row.mobility,
    furcation: row.furcation,
  }
}

export function presentSite(row: SiteRow): PerioSiteRecord {
  return {
    tooth: row.tooth,
    site: row.site,
    ppd: row.ppd,
    recession: row.recession,
    cal: calAt(row),
    bleeding: row.bleeding,
    suppuration: row.suppuration,
    plaque: row.plaque,
  }
}

const bySite = (a: { tooth: number; site: string }, b: { tooth: number; site: string }) =>
  a.tooth - b.tooth ||
  PERIO_SITES.indexOf(a.site as (typeof PERIO_SITES)[number]) -
    PERIO_SITES.indexOf(b.site as (typeof PERIO_SITES)[number])

/** One exam with its teeth, sites (by tooth, then in PERIO_SITES order) and summary. */
export function presentExam(row: ExamRow, teeth: ToothRow[], sites: SiteRow[]): PerioExam {
  const ownTeeth = teeth
    .filter((tooth) => tooth.exam_id === row.id)
    .map(presentTooth)
    .sort((a, b) => a.tooth - b.tooth)
  const ownSites = sites
    .filter((site) => site.exam_id === row.id)
    .map(presentSite)
    .sort(bySite)
  return {
    id: row.id,
    status: row.status,
    includeImplants: row.include_implants,
    appointmentId: row.appointment_id,
    copiedFrom: row.copied_from,
    createdAt: iso(row.created_at),
    createdBy: row.created_by_name,
    updatedAt: iso(row.updated_at),
    completedAt: isoOrNull(row.completed_at),
    completedBy: row.completed_by_name,
    confirmedStage: row.confirmed_stage,
    confirmedGrade: row.confirmed_grade,
    confirmedAt: isoOrNull(row.confirmed_at),
    confirmedBy: row.confirmed_by_name,
    summary: summarisePerio({
      teeth: ownTeeth,
      sites: ownSites,
      includeImplants: row.include_implants,
    }),
    teeth: ownTeeth,
    sites: ownSites,
  }
}

/** The list item: the exam without its teeth and sites. */
export function presentListItem(exam: PerioExam): PerioExamListItem {
  const { teeth: _teeth, sites: _sites, ...item } = exam
  return item
}
