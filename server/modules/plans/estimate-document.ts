import { createHash } from 'node:crypto'
import type { Sex } from '../../../shared/contracts/patients.ts'
import {
  type EstimateLanguage,
  type ItemStatus,
  PHASES,
  type Plan,
  type PlanItem,
} from '../../../shared/contracts/plans.ts'
import { todayInZone } from '../../../shared/format/date.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'
import { type EstimateTotals, estimateTotals, lineAmounts } from '../../../shared/plans/estimate.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import {
  type EstimateDocument,
  type EstimateDocumentLine,
  type Letterhead,
  renderEstimatePdf,
} from '../../lib/pdf/index.ts'
import { formatPatientNumber } from '../patients/index.ts'

/** Items that are part of what the patient is asked to accept (or did accept). */
const ESTIMATED: readonly ItemStatus[] = ['proposed', 'accepted', 'in_progress', 'completed']

export interface DocumentPatient {
  id: string
  fullName: string
  patientNumber: number
  /** YYYY-MM-DD. */
  dateOfBirth: string
  sex: Sex
  preferredLanguage: string
}

/** The patient as a clinic document names them. full_name is stored in clear (ADR 0009). */
export async function documentPatient(tx: Tx, patientId: string): Promise<DocumentPatient> {
  const row = await tx
    .selectFrom('patients')
    .select(['id', 'full_name', 'patient_number', 'date_of_birth', 'sex', 'preferred_language'])
    .where('id', '=', patientId)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'patient.not_found')
  return {
    id: row.id,
    fullName: row.full_name,
    patientNumber: row.patient_number,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    preferredLanguage: row.preferred_language,
  }
}

/** The labels' language: asked for, else the patient's own when it is Hindi, else English. */
export function estimateLanguage(
  asked: EstimateLanguage | undefined,
  patient: DocumentPatient,
): EstimateLanguage {
  return asked ?? (patient.preferredLanguage === 'hi' ? 'hi' : 'en')
}

/** The plan's items an estimate lists, in phase order and then the plan's own order. */
export function estimatedItems(plan: Plan): PlanItem[] {
  return plan.items
    .filter((item) => ESTIMATED.includes(item.status))
    .sort(
      (a, b) =>
        PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
        a.position - b.position ||
        (a.tooth ?? 0) - (b.tooth ?? 0) ||
        (a.id < b.id ? -1 : 1),
    )
}

const SITE_WORDS = {
  en: { quadrant: 'Quadrant', upper: 'Upper arch', lower: 'Lower arch' },
  hi: { quadrant: 'चतुर्थांश', upper: 'ऊपरी जबड़ा', lower: 'निचला जबड़ा' },
} as const

/** Where an item is done: "36 MO", "Quadrant 1", "Upper arch", or "" for the whole mouth. */
export function siteText(item: PlanItem, language: EstimateLanguage): string {
  const words = SITE_WORDS[language]
  if (item.tooth !== null) return [String(item.tooth), item.surfaces.join('')].join(' ').trim()
  if (item.quadrant !== null) return `${words.quadrant} ${item.quadrant}`
  if (item.arch !== null) return words[item.arch]
  return ''
}

const SEX_WORDS = {
  en: { female: 'F', male: 'M', other: 'Other', unknown: '' },
  hi: { female: 'महिला', male: 'पुरुष', other: 'अन्य', unknown: '' },
} as const satisfies Record<EstimateLanguage, Record<Sex, string>>

/** "34 y / F" or "34 वर्ष / महिला", age on the given date. */
export function ageSexText(patient: DocumentPatient, language: EstimateLanguage, on: string) {
  const age = ageOn(patient.dateOfBirth, on)
  const sex = SEX_WORDS[language][patient.sex]
  const years = language === 'hi' ? `${age} वर्ष` : `${age} y`
  return sex ? `${years} / ${sex}` : years
}

export interface PlanEstimate {
  document: EstimateDocument
  items: PlanItem[]
  lines: EstimateDocumentLine[]
  totals: EstimateTotals
  bytes: Buffer
  sha256: string
}

/**
 * Builds and renders the estimate of one version of a plan. Deterministic: the document's date
 * is the plan's last change (not the request's clock), so the same plan version in the same
 * language gives the same bytes and the same SHA-256, which is what the patient signs
 * (issue #11 item 3). The amounts come from shared/plans/estimate.ts, like the screens'.
 */
export async function renderPlanEstimate(input: {
  plan: Plan
  patient: DocumentPatient
  letterhead: Letterhead
  language: EstimateLanguage
  zone: string
}): Promise<PlanEstimate> {
  const { plan, patient, language } = input
  const issuedAt = new Date(plan.updatedAt)
  const items = estimatedItems(plan)
  const lines = items.map((item): EstimateDocumentLine => {
    const amounts = lineAmounts(item)
    return {
      phase: item.phase,
      code: item.code,
      name: item.name,
      site: siteText(item, language),
      quantity: item.quantity,
      unitPricePaise: item.unitPricePaise,
      discountPaise: item.discountPaise,
      netPaise: amounts.netPaise,
      taxable: item.taxable,
      sacCode: item.sacCode,
      gstRateBp: item.gstRateBp,
      cgstPaise: amounts.cgstPaise,
      sgstPaise: amounts.sgstPaise,
      totalPaise: amounts.totalPaise,
    }
  })
  const totals = estimateTotals(items)
  const document: EstimateDocument = {
    language,
    letterhead: input.letterhead,
    issuedAt,
    timeZone: input.zone,
    patient: {
      name: patient.fullName,
      reference: formatPatientNumber(patient.patientNumber),
      // Age on the estimate's own date, so the bytes do not change with the calendar.
      ageSex: ageSexText(patient, language, todayInZone(input.zone, issuedAt)),
    },
    plan: { title: plan.title, version: plan.version, doctorName: plan.doctorName },
    lines,
    totals,
  }
  const bytes = await renderEstimatePdf(document)
  return { document, items, lines, totals, bytes, sha256: sha256Hex(bytes) }
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
