import type { PerioMeasurements } from '../../../../shared/contracts/perio.ts'
import {
  isMultiRooted,
  PERIO_SITES,
  PERMANENT_TEETH,
  type PerioSite,
  probingPath,
} from '../../../../shared/dental/fdi.ts'
import type {
  PerioExamData,
  PerioSiteMeasure,
  PerioToothRecord,
} from '../../../../shared/dental/perio-summary.ts'

/**
 * The exam being charted, held on screen between saves: every tooth and site by key, plus which
 * of them changed since the server last confirmed them. Pure functions over plain objects, so
 * React state holds it as is and the entry rules are unit-tested without a browser.
 */
export interface PerioDraft {
  teeth: Readonly<Record<number, PerioToothRecord>>
  sites: Readonly<Record<string, PerioSiteMeasure>>
  includeImplants: boolean
}

export type SiteKey = string

export function siteKey(tooth: number, site: PerioSite): SiteKey {
  return `${tooth}:${site}`
}

export function blankTooth(tooth: number): PerioToothRecord {
  return { tooth, missing: false, implant: false, mobility: null, furcation: null }
}

export function blankSite(tooth: number, site: PerioSite): PerioSiteMeasure {
  return {
    tooth,
    site,
    ppd: null,
    recession: null,
    bleeding: false,
    suppuration: false,
    plaque: false,
  }
}

/**
 * A draft from what the server holds. `teeth` keeps only the teeth examined so far (the API
 * gives a tooth its record once one of its sites or the tooth itself is saved), because the
 * summary's "teeth present" counts examined teeth; `sites` only the sites recorded.
 */
export function draftFromExam(exam: PerioExamData): PerioDraft {
  const teeth: Record<number, PerioToothRecord> = {}
  for (const tooth of exam.teeth) teeth[tooth.tooth] = toothInput(tooth)
  const sites: Record<string, PerioSiteMeasure> = {}
  for (const site of exam.sites) sites[siteKey(site.tooth, site.site)] = siteInput(site)
  return { teeth, sites, includeImplants: exam.includeImplants }
}

/**
 * The teeth drawn and probed: every permanent tooth (a full-mouth chart, as the 2017
 * classification's tooth counts need), plus any primary tooth the exam holds (mixed dentition).
 */
export function chartedTeeth(draft: PerioDraft): number[] {
  const teeth = new Set([...PERMANENT_TEETH, ...Object.keys(draft.teeth).map(Number)])
  return [...teeth].sort((a, b) => a - b)
}

/** A site as recorded, or blank when nothing was recorded there. */
/** Natural teeth still in the mouth by this chart: not marked missing, not implants. */
export function remainingTeeth(draft: PerioDraft): number {
  return chartedTeeth(draft).filter((tooth) => {
    const record = toothAt(draft, tooth)
    return !record.missing && !record.implant
  }).length
}

export function siteAt(draft: PerioDraft, tooth: number, site: PerioSite): PerioSiteMeasure {
  return draft.sites[siteKey(tooth, site)] ?? blankSite(tooth, site)
}

export function toothAt(draft: PerioDraft, tooth: number): PerioToothRecord {
  return draft.teeth[tooth] ?? blankTooth(tooth)
}

/** Only the measured fields (the API's answer also carries the computed CAL, never sent back). */
function siteInput(site: PerioSiteMeasure): PerioSiteMeasure {
  const { tooth, site: code, ppd, recession, bleeding, suppuration, plaque } = site
  return { tooth, site: code, ppd, recession, bleeding, suppuration, plaque }
}

function toothInput(record: PerioToothRecord): PerioToothRecord {
  const { tooth, missing, implant, mobility, furcation } = record
  return { tooth, missing, implant, mobility, furcation }
}

export function examDataOf(draft: PerioDraft): PerioExamData {
  return {
    teeth: Object.values(draft.teeth),
    sites: Object.values(draft.sites),
    includeImplants: draft.includeImplants,
  }
}

/** Whether a tooth is probed: present, and an implant only when the exam counts implants. */
export function isProbed(draft: PerioDraft, tooth: number): boolean {
  const record = toothAt(draft, tooth)
  if (record.missing) return false
  return draft.includeImplants || !record.implant
}

/** The sites in the usual probing order (india-domain §9.4), skipping teeth not probed. */
export function entryPath(draft: PerioDraft): { tooth: number; site: PerioSite }[] {
  const probed = chartedTeeth(draft).filter((tooth) => isProbed(draft, tooth))
  return probingPath(probed)
}

/** A site change; the tooth becomes examined, as the server records it with its first site. */
export function updateSite(
  draft: PerioDraft,
  key: SiteKey,
  patch: Partial<Omit<PerioSiteMeasure, 'tooth' | 'site'>>,
): PerioDraft {
  const [toothText, site] = key.split(':') as [string, PerioSite]
  const tooth = Number(toothText)
  const current = draft.sites[key] ?? blankSite(tooth, site)
  return {
    ...draft,
    teeth: { ...draft.teeth, [tooth]: toothAt(draft, tooth) },
    sites: { ...draft.sites, [key]: { ...current, ...patch } },
  }
}

/**
 * A per-tooth change, kept to what the API accepts: furcation only on a multi-rooted tooth
 * (Glickman grades need a furcation: perio.furcation_single_rooted), and a tooth is either
 * missing or an implant (perio.missing_and_implant). Marking a tooth missing clears its sites,
 * as the server does: a missing tooth has no pockets.
 */
export function updateTooth(
  draft: PerioDraft,
  tooth: number,
  patch: Partial<Omit<PerioToothRecord, 'tooth'>>,
): PerioDraft {
  const current = draft.teeth[tooth] ?? blankTooth(tooth)
  const next = { ...current, ...patch }
  if (!isMultiRooted(tooth)) next.furcation = null
  if (patch.implant === true) next.missing = false
  if (patch.missing === true) {
    next.implant = false
    next.mobility = null
    next.furcation = null
  }
  const sites = { ...draft.sites }
  if (next.missing) {
    for (const site of PERIO_SITES) delete sites[siteKey(tooth, site)]
  }
  return { ...draft, teeth: { ...draft.teeth, [tooth]: next }, sites }
}

/** What has changed since the last confirmed save: site keys and tooth numbers. */
export interface PendingChanges {
  sites: ReadonlySet<SiteKey>
  teeth: ReadonlySet<number>
}

export const noChanges: PendingChanges = { sites: new Set(), teeth: new Set() }

export function withChanged(
  pending: PendingChanges,
  change: { sites?: readonly SiteKey[]; teeth?: readonly number[] },
): PendingChanges {
  return {
    sites: new Set([...pending.sites, ...(change.sites ?? [])]),
    teeth: new Set([...pending.teeth, ...(change.teeth ?? [])]),
  }
}

export function hasChanges(pending: PendingChanges): boolean {
  return pending.sites.size > 0 || pending.teeth.size > 0
}

/**
 * The save request for the changed sites and teeth (PerioMeasurementsSchema), in a stable order.
 * Sites of a missing tooth are not sent: a missing tooth has no pockets to probe, and the tooth
 * row saying it is missing is what the server keeps.
 */
export function measurementsBody(draft: PerioDraft, pending: PendingChanges): PerioMeasurements {
  const teeth = [...pending.teeth]
    .sort((a, b) => a - b)
    .flatMap((tooth) => {
      const record = draft.teeth[tooth]
      return record ? [toothInput(record)] : []
    })
  const sites = [...pending.sites].sort().flatMap((key) => {
    const site = draft.sites[key]
    if (!site || draft.teeth[site.tooth]?.missing) return []
    return [siteInput(site)]
  })
  return { sites, teeth }
}

/** What is left to save once `sent` was saved, when the draft changed again meanwhile. */
export function afterSaved(
  pending: PendingChanges,
  sent: PendingChanges,
  sentDraft: PerioDraft,
  draft: PerioDraft,
): PendingChanges {
  return {
    sites: new Set(
      [...pending.sites].filter(
        (key) =>
          !sent.sites.has(key) ||
          JSON.stringify(sentDraft.sites[key]) !== JSON.stringify(draft.sites[key]),
      ),
    ),
    teeth: new Set(
      [...pending.teeth].filter(
        (tooth) =>
          !sent.teeth.has(tooth) ||
          JSON.stringify(sentDraft.teeth[tooth]) !== JSON.stringify(draft.teeth[tooth]),
      ),
    ),
  }
}
