import {
  type ChartMaterial,
  KINDS_WITH_MATERIAL,
  type NewProcedure,
  type Procedure,
  type ProcedureChartKind,
  TOOTH_MODELS,
} from '../../../../shared/contracts/catalogue.ts'
import { paiseToRupeesText, rupeesToPaise } from '../plans/rupees.ts'

/** The add/change form as typed: amounts stay text until sent, so nothing passes through floats. */
export interface ProcedureDraft {
  code: string
  name: string
  category: NewProcedure['category']
  pricingModel: NewProcedure['pricingModel']
  /** Rupees, e.g. "1,250.50". */
  price: string
  sacCode: string
  taxable: boolean
  /** Per cent, e.g. "5" or "2.5". */
  gstRate: string
  dentition: NewProcedure['dentition']
  region: NewProcedure['region']
  surfacesRequired: boolean
  sittings: string
  /** '' for nothing on the chart. */
  chartKind: ProcedureChartKind | ''
  chartMaterial: ChartMaterial | ''
}

const PERCENT = /^(\d{1,2})(?:\.(\d{1,2}))?$/

/** "5" → 500, "2.5" → 250, "18" → 1800 basis points; null when not a per-cent with ≤ 2 decimals. */
export function percentToBasisPoints(typed: string): number | null {
  const match = PERCENT.exec(typed.trim().replace(/\s*%$/, ''))
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  // Whole per cent and hundredths side by side: "2" + "50" is 250 basis points (string maths).
  return Number.parseInt(`${whole}${fraction.padEnd(2, '0')}`, 10)
}

/** 500 → "5", 250 → "2.5", 1250 → "12.5": a basis-point rate as per cent, for showing or editing. */
export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100)
  const rest = bp % 100
  if (rest === 0) return String(whole)
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`
}

export function draftOf(item?: Procedure): ProcedureDraft {
  if (!item) {
    return {
      code: '',
      name: '',
      category: 'other',
      pricingModel: 'fixed',
      price: '',
      sacCode: '999312',
      taxable: false,
      gstRate: '0',
      dentition: 'any',
      region: 'any',
      surfacesRequired: false,
      sittings: '1',
      chartKind: '',
      chartMaterial: '',
    }
  }
  return {
    code: item.code,
    name: item.name,
    category: item.category,
    pricingModel: item.pricingModel,
    price: paiseToRupeesText(item.pricePaise),
    sacCode: item.sacCode,
    taxable: item.taxable,
    gstRate: basisPointsToPercent(item.gstRateBp),
    dentition: item.dentition,
    region: item.region,
    surfacesRequired: item.surfacesRequired,
    sittings: String(item.defaultSittings),
    chartKind: item.chartKind ?? '',
    chartMaterial: item.chartMaterial ?? '',
  }
}

export const isOnTooth = (draft: Pick<ProcedureDraft, 'pricingModel'>) =>
  TOOTH_MODELS.includes(draft.pricingModel)

export const takesMaterial = (draft: Pick<ProcedureDraft, 'chartKind'>) =>
  draft.chartKind !== '' && KINDS_WITH_MATERIAL.includes(draft.chartKind)

export type DraftProblem = 'pricePaise' | 'gstRateBp' | 'defaultSittings'

/**
 * The request body for a draft, or the fields that cannot be read (price, rate, sittings). Fields
 * the form hides are sent as their neutral values (tooth fields on a fixed price, a rate when
 * exempt), so switching the pricing model or taxability never sends a contradiction; the
 * remaining cross-field rules are the server's (procedureRefusals), shown under their fields.
 */
export function bodyOf(
  draft: ProcedureDraft,
): { body: NewProcedure } | { problems: DraftProblem[] } {
  const pricePaise = rupeesToPaise(draft.price)
  const gstRateBp = draft.taxable ? percentToBasisPoints(draft.gstRate) : 0
  const sittings = /^\d{1,2}$/.test(draft.sittings.trim())
    ? Number.parseInt(draft.sittings.trim(), 10)
    : null
  const problems: DraftProblem[] = []
  if (pricePaise === null) problems.push('pricePaise')
  if (gstRateBp === null) problems.push('gstRateBp')
  if (sittings === null) problems.push('defaultSittings')
  if (pricePaise === null || gstRateBp === null || sittings === null) return { problems }
  const onTooth = isOnTooth(draft)
  const chartKind = onTooth && draft.chartKind !== '' ? draft.chartKind : null
  return {
    body: {
      code: draft.code.trim().toUpperCase(),
      name: draft.name.trim(),
      category: draft.category,
      pricingModel: draft.pricingModel,
      pricePaise,
      sacCode: draft.sacCode.trim(),
      taxable: draft.taxable,
      gstRateBp,
      dentition: onTooth ? draft.dentition : 'any',
      region: onTooth ? draft.region : 'any',
      // Per surface always needs surfaces; per tooth only when the form says so.
      surfacesRequired: draft.pricingModel === 'per_surface' || (onTooth && draft.surfacesRequired),
      defaultSittings: sittings,
      chartKind,
      chartMaterial:
        chartKind !== null && takesMaterial(draft) && draft.chartMaterial !== ''
          ? draft.chartMaterial
          : null,
    },
  }
}
