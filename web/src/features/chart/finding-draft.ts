import {
  type Finding,
  type FindingKind,
  MATERIAL_KINDS,
  type NewFinding,
  NewFindingSchema,
  SURFACES_ALLOWED,
  SURFACES_REQUIRED,
} from '../../../../shared/contracts/chart.ts'
import { type Surface, surfacesOf } from '../../../../shared/dental/fdi.ts'

/**
 * The finding being charted, step by step: a tooth, then its surfaces, then what was found.
 * Which surfaces and details a finding takes come from the shared contract
 * (shared/contracts/chart.ts), the same rules the API and the database enforce.
 */

/** Completed is charted as planned and then marked done, as the API keeps who completed it. */
export type DraftStatus = 'existing' | 'planned' | 'completed'

export interface FindingDraft {
  tooth: number | null
  surfaces: Surface[]
  kind: FindingKind | null
  material: string
  mobilityGrade: string
  recessionMm: string
  status: DraftStatus
  note: string
}

export function emptyDraft(tooth: number | null = null): FindingDraft {
  return {
    tooth,
    surfaces: [],
    kind: null,
    material: '',
    mobilityGrade: '',
    recessionMm: '',
    status: 'existing',
    note: '',
  }
}

/** Until a finding is chosen, surfaces may be picked (the surface step comes first). */
export function takesSurfaces(kind: FindingKind | null): boolean {
  return kind === null || SURFACES_ALLOWED.includes(kind)
}

export function takesMaterial(kind: FindingKind | null): boolean {
  return kind !== null && MATERIAL_KINDS.includes(kind)
}

export function needsSurfaces(kind: FindingKind | null): boolean {
  return kind !== null && SURFACES_REQUIRED.includes(kind)
}

/** A new tooth starts a new finding; the status chosen is kept (charting runs in a series). */
export function selectTooth(draft: FindingDraft, tooth: number): FindingDraft {
  if (draft.tooth === tooth) return draft
  return { ...emptyDraft(tooth), status: draft.status }
}

/** Toggles a surface the selected tooth has, while the finding may name surfaces. */
export function toggleSurface(draft: FindingDraft, surface: Surface): FindingDraft {
  if (draft.tooth === null || !takesSurfaces(draft.kind)) return draft
  if (!surfacesOf(draft.tooth).includes(surface)) return draft
  const surfaces = draft.surfaces.includes(surface)
    ? draft.surfaces.filter((chosen) => chosen !== surface)
    : [...draft.surfaces, surface]
  return { ...draft, surfaces }
}

/** Choosing a finding drops what it cannot carry (surfaces on "missing", a material on caries). */
export function chooseKind(draft: FindingDraft, kind: FindingKind): FindingDraft {
  return {
    ...draft,
    kind,
    surfaces: takesSurfaces(kind) ? draft.surfaces : [],
    material: takesMaterial(kind) ? draft.material : '',
    mobilityGrade: kind === 'mobility' ? draft.mobilityGrade : '',
    recessionMm: kind === 'recession' ? draft.recessionMm : '',
  }
}

/** The request body the draft stands for, before checking. */
export function findingBody(draft: FindingDraft): Record<string, unknown> {
  const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()))
  const body: Record<string, unknown> = {
    tooth: draft.tooth,
    kind: draft.kind,
    status: draft.status === 'existing' ? 'existing' : 'planned',
  }
  if (draft.surfaces.length > 0) body.surfaces = draft.surfaces
  if (draft.material !== '') body.material = draft.material
  if (draft.mobilityGrade !== '') body.mobilityGrade = number(draft.mobilityGrade)
  if (draft.recessionMm !== '') body.recessionMm = number(draft.recessionMm)
  if (draft.note.trim() !== '') body.note = draft.note.trim()
  return body
}

export interface DraftIssue {
  field: string
  reason?: string
  params?: Record<string, unknown>
}

/** Checks the draft by the API's own schema: the body to send, or issues by field. */
export function checkDraft(
  draft: FindingDraft,
): { body: NewFinding; issues?: undefined } | { body?: undefined; issues: DraftIssue[] } {
  const result = NewFindingSchema.safeParse(findingBody(draft))
  if (result.success) return { body: result.data }
  const issues = result.error.issues.map((issue) => {
    const params = (issue as { params?: { reason?: string; values?: Record<string, unknown> } })
      .params
    return {
      field: String(issue.path[0] ?? 'kind'),
      ...(params?.reason ? { reason: params.reason, params: params.values ?? {} } : {}),
    }
  })
  return { issues }
}

/** A live finding as a draft, to correct it (the correction supersedes it). */
export function draftOf(finding: Finding): FindingDraft {
  return {
    tooth: finding.tooth,
    surfaces: [...finding.surfaces],
    kind: finding.kind,
    material: finding.material ?? '',
    mobilityGrade: finding.mobilityGrade === null ? '' : String(finding.mobilityGrade),
    recessionMm: finding.recessionMm === null ? '' : String(finding.recessionMm),
    status: finding.status,
    note: finding.note ?? '',
  }
}
