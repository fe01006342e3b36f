import type { PerioMeasurements } from '../../../../shared/contracts/perio.ts'
import {
  isMultiRooted,
  PERIO_SITES,
  type PerioSite,
  PERMANENT_TEETH,
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
 * A draft from what the server holds. Every permanent tooth is charted (as the 2017
 * classification's tooth counts need); primary teeth appear when the exam has them (mixed
 * dentition), and a tooth the server has no row for starts present and blank.
 */
export function draftFromExam(exam: PerioExamData): PerioDraft {
  const teeth: Record<number, PerioToothRecord> = {}
  for (const tooth of PERMANENT_TEETH) teeth[tooth] = blankTooth(tooth)
  for (const tooth of exam.teeth) teeth[tooth.tooth] = { ...tooth }
  const sites: Record<string, PerioSiteMeasure> = {}
  for (const tooth of Object.keys(teeth).map(Number)) {
    for (const site of PERIO_SITES) sites[siteKey(tooth, site)] = blankSite(tooth, site)
  }
  for (const site of exam.sites) sites[siteKey(site.tooth, site.site)] = { ...site }
  return { teeth, sites, includeImplants: exam.includeImplants }
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
  const record = draft.teeth[tooth]
  if (!record || record.missing) return false
  return draft.includeImplants || !record.implant
}

/** The sites in the usual probing order (india-domain §9.4), skipping teeth not probed. */
export function entryPath(draft: PerioDraft): { tooth: number; site: PerioSite }[] {
  const probed = Object.keys(draft.teeth)
    .map(Number)
    .filter((tooth) => isProbed(draft, tooth))
  return probingPath(probed)
}

export function updateSite(
  draft: PerioDraft,
  key: SiteKey,
  patch: Partial<Omit<PerioSiteMeasure, 'tooth' | 'site'>>,
): PerioDraft {
  const current = draft.sites[key]
  if (!current) return draft
  return { ...draft, sites: { ...draft.sites, [key]: { ...current, ...patch } } }
}

/**
 * A per-tooth change. Furcation is dropped on a single-rooted tooth (Glickman grades apply only
 * where there is a furcation; the API refuses it too: perio.furcation_single_rooted).
 */
export function updateTooth(
  draft: PerioDraft,
  tooth: number,
  patch: Partial<Omit<PerioToothRecord, 'tooth'>>,
): PerioDraft {
  const current = draft.teeth[tooth] ?? blankTooth(tooth)
  const next = { ...current, ...patch }
  if (!isMultiRooted(tooth)) next.furcation = null
  return { ...draft, teeth: { ...draft.teeth, [tooth]: next } }
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
      return record ? [{ ...record }] : []
    })
  const sites = [...pending.sites].sort().flatMap((key) => {
    const site = draft.sites[key]
    if (!site || draft.teeth[site.tooth]?.missing) return []
    return [{ ...site }]
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
