import type { NewPlanItems } from '../../../shared/contracts/plans.ts'
import { isAnterior, isPrimary, type Surface, surfacesOf } from '../../../shared/dental/fdi.ts'
import type { ErrorReason } from '../../../shared/errors/reasons.ts'

/**
 * Where and how many: the rules that turn "these teeth, this procedure" into plan items, the
 * same as the database's treatment_plan_items_site CHECK, but each refusal naming the field to
 * fix (issue #11, "Bad input"). Pure, so the rules are tested without a database.
 */

/** What the rules need of the catalogue item (a subset of the catalogue row). */
export interface PlannedProcedure {
  pricing_model: 'per_tooth' | 'per_surface' | 'per_quadrant' | 'per_arch' | 'per_visit' | 'fixed'
  price_paise: number
  dentition: 'any' | 'permanent' | 'primary'
  region: 'any' | 'anterior' | 'posterior'
  surfaces_required: boolean
}

/** One item's site and count: a tooth (and surfaces), a quadrant, an arch, or the whole mouth. */
export interface ItemSite {
  tooth: number | null
  surfaces: Surface[]
  quadrant: number | null
  arch: 'upper' | 'lower' | null
  quantity: number
}

export interface SiteRefusal {
  field: keyof NewPlanItems
  reason: ErrorReason
  params?: Record<string, string | number>
}

/** The items the request makes (one per tooth), or the first refusal. */
export function itemSites(
  procedure: PlannedProcedure,
  input: NewPlanItems,
): { sites: ItemSite[] } | { refusal: SiteRefusal } {
  const refuse = (
    field: SiteRefusal['field'],
    reason: ErrorReason,
    params?: SiteRefusal['params'],
  ) => ({
    refusal: { field, reason, ...(params ? { params } : {}) },
  })
  const model = procedure.pricing_model
  const onTooth = model === 'per_tooth' || model === 'per_surface'
  if (!onTooth && input.teeth !== undefined) return refuse('teeth', 'plans.teeth_not_allowed')
  if (!onTooth && input.surfaces !== undefined)
    return refuse('surfaces', 'plans.surfaces_not_allowed')
  if (model !== 'per_quadrant' && input.quadrant !== undefined) {
    return refuse('quadrant', 'plans.quadrant_not_allowed')
  }
  if (model !== 'per_arch' && input.arch !== undefined)
    return refuse('arch', 'plans.arch_not_allowed')
  if (model !== 'per_visit' && input.quantity !== undefined) {
    return refuse('quantity', 'plans.quantity_not_allowed')
  }
  const whole = { tooth: null, surfaces: [], quadrant: null, arch: null, quantity: 1 }
  switch (model) {
    case 'per_quadrant':
      return input.quadrant === undefined
        ? refuse('quadrant', 'plans.quadrant_required')
        : { sites: [{ ...whole, quadrant: input.quadrant }] }
    case 'per_arch':
      return input.arch === undefined
        ? refuse('arch', 'plans.arch_required')
        : { sites: [{ ...whole, arch: input.arch }] }
    case 'per_visit':
      return { sites: [{ ...whole, quantity: input.quantity ?? 1 }] }
    case 'fixed':
      return { sites: [whole] }
    default:
      return toothSites(procedure, input, refuse)
  }
}

function toothSites(
  procedure: PlannedProcedure,
  input: NewPlanItems,
  refuse: (
    field: SiteRefusal['field'],
    reason: ErrorReason,
    params?: SiteRefusal['params'],
  ) => {
    refusal: SiteRefusal
  },
): { sites: ItemSite[] } | { refusal: SiteRefusal } {
  const teeth = input.teeth ?? []
  if (teeth.length === 0) return refuse('teeth', 'plans.teeth_required')
  if (new Set(teeth).size !== teeth.length) return refuse('teeth', 'plans.teeth_repeated')
  // Applicability (india-domain §9.5): a pulpotomy is for primary teeth, an RCT priced as
  // "anterior" for incisors and canines; FDI quadrants 5–8 are primary (ISO 3950).
  for (const tooth of teeth) {
    if (procedure.dentition === 'permanent' && isPrimary(tooth)) {
      return refuse('teeth', 'plans.tooth_wrong_dentition', { dentition: 'permanent' })
    }
    if (procedure.dentition === 'primary' && !isPrimary(tooth)) {
      return refuse('teeth', 'plans.tooth_wrong_dentition', { dentition: 'primary' })
    }
    if (procedure.region === 'anterior' && !isAnterior(tooth)) {
      return refuse('teeth', 'plans.tooth_wrong_region', { region: 'anterior' })
    }
    if (procedure.region === 'posterior' && isAnterior(tooth)) {
      return refuse('teeth', 'plans.tooth_wrong_region', { region: 'posterior' })
    }
  }
  const surfaces = input.surfaces ?? []
  if (procedure.surfaces_required && surfaces.length === 0) {
    return refuse('surfaces', 'plans.surfaces_required')
  }
  if (!procedure.surfaces_required && surfaces.length > 0) {
    return refuse('surfaces', 'plans.surfaces_not_allowed')
  }
  if (new Set(surfaces).size !== surfaces.length)
    return refuse('surfaces', 'chart.surface_repeated')
  // Incisal only on anteriors, occlusal only on posteriors (india-domain §9.2).
  if (teeth.some((tooth) => surfaces.some((surface) => !surfacesOf(tooth).includes(surface)))) {
    return refuse('surfaces', 'chart.surface_not_on_tooth')
  }
  const perSurface = procedure.pricing_model === 'per_surface'
  return {
    sites: teeth.map((tooth) => ({
      tooth,
      surfaces: [...surfaces],
      quadrant: null,
      arch: null,
      quantity: perSurface ? surfaces.length : 1,
    })),
  }
}
