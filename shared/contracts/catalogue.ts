import { z } from 'zod'
import { because, boundedInt, text } from './primitives.ts'

/**
 * The procedure catalogue (server/modules/catalogue): what a clinic does, for how much, and how
 * GST applies. The same rules as the database's CHECKs
 * (db/migrations/20261205100000_procedure_catalogue.sql). Money in integer paise; a GST rate in
 * basis points (500 = 5%). Rates are data: the clinic sets them (india-domain §3.2).
 */

export const PROCEDURE_CATEGORIES = [
  'diagnostic',
  'preventive',
  'restorative',
  'endodontic',
  'prosthodontic',
  'implant',
  'oral_surgery',
  'periodontic',
  'orthodontic',
  'cosmetic',
  'paediatric',
  'other',
] as const
export type ProcedureCategory = (typeof PROCEDURE_CATEGORIES)[number]

/** How a price applies: per tooth, per surface (× surfaces), per quadrant, per arch, per visit, fixed. */
export const PRICING_MODELS = [
  'per_tooth',
  'per_surface',
  'per_quadrant',
  'per_arch',
  'per_visit',
  'fixed',
] as const
export type PricingModel = (typeof PRICING_MODELS)[number]

/** Models priced on a tooth, which therefore have tooth applicability. */
export const TOOTH_MODELS: readonly PricingModel[] = ['per_tooth', 'per_surface']

export const DENTITIONS = ['any', 'permanent', 'primary'] as const
export type Dentition = (typeof DENTITIONS)[number]
export const REGIONS = ['any', 'anterior', 'posterior'] as const
export type Region = (typeof REGIONS)[number]

/** Finding kinds (ADR 0015) a planned procedure can put on the chart, and materials. */
export const PROCEDURE_CHART_KINDS = [
  'restoration',
  'missing',
  'root_canal_treated',
  'crown',
  'bridge_abutment',
  'bridge_pontic',
  'implant',
  'veneer',
  'post_and_core',
  'sealant',
] as const
export type ProcedureChartKind = (typeof PROCEDURE_CHART_KINDS)[number]

export const CHART_MATERIALS = [
  'amalgam',
  'composite',
  'gic',
  'inlay_onlay',
  'pfm',
  'metal',
  'zirconia',
  'all_ceramic',
  'fibre',
  'temporary',
] as const
export type ChartMaterial = (typeof CHART_MATERIALS)[number]

/** Largest price: ₹1 crore, in paise (the database's limit too). */
export const MAX_PRICE_PAISE = 1_000_000_000
/** Largest GST rate, in basis points (40%). */
export const MAX_GST_RATE_BP = 4000

export const ProcedureSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    category: z.enum(PROCEDURE_CATEGORIES),
    pricingModel: z.enum(PRICING_MODELS),
    pricePaise: z.number().int(),
    sacCode: z.string(),
    taxable: z.boolean(),
    gstRateBp: z.number().int(),
    dentition: z.enum(DENTITIONS),
    region: z.enum(REGIONS),
    surfacesRequired: z.boolean(),
    defaultSittings: z.number().int(),
    chartKind: z.enum(PROCEDURE_CHART_KINDS).nullable(),
    chartMaterial: z.enum(CHART_MATERIALS).nullable(),
    isArchived: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Procedure' })
export type Procedure = z.infer<typeof ProcedureSchema>

export const ProcedureListSchema = z
  .object({ procedures: z.array(ProcedureSchema) })
  .meta({ id: 'ProcedureList' })
export type ProcedureList = z.infer<typeof ProcedureListSchema>

/** Code: capitals, digits and '-', up to 16 characters (e.g. RCT-M). */
export const procedureCode = () =>
  z
    .string()
    .trim()
    .toUpperCase()
    .max(16)
    .regex(/^[A-Z0-9][A-Z0-9-]{0,15}$/, 'must be 1–16 capitals, digits or -')

export const pricePaise = () => boundedInt(0, MAX_PRICE_PAISE)
export const gstRateBp = () => boundedInt(0, MAX_GST_RATE_BP)
export const sacCode = () =>
  z
    .string()
    .trim()
    .max(8)
    .regex(/^[0-9]{4,8}$/, 'must be 4–8 digits')

export const ProcedureIdParam = z.object({ procedureId: z.uuid() })

export const ListProceduresQuery = z.object({
  includeArchived: z.enum(['true', 'false']).optional(),
})

/** Finding kinds that carry a material (the database's procedures_material CHECK). */
export const KINDS_WITH_MATERIAL: readonly ProcedureChartKind[] = [
  'restoration',
  'crown',
  'bridge_abutment',
  'bridge_pontic',
  'veneer',
  'post_and_core',
  'implant',
]

/** Catalogue item fields, without defaults (a change sends only what changes). */
const Fields = {
  code: procedureCode(),
  name: text(120),
  category: z.enum(PROCEDURE_CATEGORIES),
  pricingModel: z.enum(PRICING_MODELS),
  pricePaise: pricePaise(),
  sacCode: sacCode(),
  taxable: z.boolean(),
  gstRateBp: gstRateBp(),
  dentition: z.enum(DENTITIONS),
  region: z.enum(REGIONS),
  surfacesRequired: z.boolean(),
  defaultSittings: boundedInt(1, 30),
  chartKind: z.enum(PROCEDURE_CHART_KINDS).nullable(),
  chartMaterial: z.enum(CHART_MATERIALS).nullable(),
}

/** Catalogue item fields; cross-field rules are in procedureRefusals (and the database). */
export const ProcedureFieldsSchema = z.object({
  ...Fields,
  dentition: Fields.dentition.default('any'),
  region: Fields.region.default('any'),
  surfacesRequired: Fields.surfacesRequired.default(false),
  defaultSittings: Fields.defaultSittings.default(1),
  chartKind: Fields.chartKind.default(null),
  chartMaterial: Fields.chartMaterial.default(null),
})

/** What the cross-field rules look at: a whole item, new or as it would be after a change. */
export type ProcedureRuleFields = Pick<
  z.infer<typeof ProcedureFieldsSchema>,
  | 'pricingModel'
  | 'taxable'
  | 'gstRateBp'
  | 'dentition'
  | 'region'
  | 'surfacesRequired'
  | 'chartKind'
  | 'chartMaterial'
>

export type CatalogueReason =
  | 'catalogue.taxable_needs_rate'
  | 'catalogue.exempt_has_rate'
  | 'catalogue.tooth_only'
  | 'catalogue.per_surface_needs_surfaces'
  | 'catalogue.surfaces_tooth_only'
  | 'catalogue.restoration_needs_surfaces'
  | 'catalogue.material_not_allowed'

export interface ProcedureRefusal {
  field: keyof ProcedureRuleFields
  reason: CatalogueReason
}

/**
 * The rules across fields, the same as the database's CHECKs on `procedures` (procedures_tax,
 * _teeth, _surfaces, _material, _restoration_surfaces), each naming the field to fix. Used by
 * the new-item schema, by a change (on the item as it would become) and by the web form.
 */
export function procedureRefusals(item: ProcedureRuleFields): ProcedureRefusal[] {
  const refusals: ProcedureRefusal[] = []
  const refuse = (field: ProcedureRefusal['field'], reason: CatalogueReason) =>
    refusals.push({ field, reason })
  // GST: an exempt item (Notification 12/2017-CT(Rate) Sl. 74) has no rate; a taxable one has one.
  if (item.taxable && item.gstRateBp === 0) refuse('gstRateBp', 'catalogue.taxable_needs_rate')
  if (!item.taxable && item.gstRateBp > 0) refuse('gstRateBp', 'catalogue.exempt_has_rate')
  const onTooth = TOOTH_MODELS.includes(item.pricingModel)
  if (!onTooth) {
    if (item.dentition !== 'any') refuse('dentition', 'catalogue.tooth_only')
    if (item.region !== 'any') refuse('region', 'catalogue.tooth_only')
    if (item.chartKind !== null) refuse('chartKind', 'catalogue.tooth_only')
    if (item.surfacesRequired) refuse('surfacesRequired', 'catalogue.surfaces_tooth_only')
  }
  if (item.pricingModel === 'per_surface' && !item.surfacesRequired) {
    refuse('surfacesRequired', 'catalogue.per_surface_needs_surfaces')
  } else if (item.chartKind === 'restoration' && onTooth && !item.surfacesRequired) {
    refuse('surfacesRequired', 'catalogue.restoration_needs_surfaces')
  }
  if (
    item.chartMaterial !== null &&
    (item.chartKind === null || !KINDS_WITH_MATERIAL.includes(item.chartKind))
  ) {
    refuse('chartMaterial', 'catalogue.material_not_allowed')
  }
  return refusals
}

/** The body of POST /catalogue/procedures. */
export const NewProcedureSchema = ProcedureFieldsSchema.superRefine((item, context) => {
  for (const { field, reason } of procedureRefusals(item)) {
    context.addIssue({ code: 'custom', path: [field], ...because(reason) })
  }
}).meta({ id: 'NewProcedure' })
export type NewProcedure = z.infer<typeof NewProcedureSchema>

/**
 * The body of PATCH /catalogue/procedures/{procedureId}: any fields, and isArchived to archive
 * (or bring back) an item. The cross-field rules are checked on the item as it would become.
 */
export const ProcedurePatchSchema = z
  .object({ ...Fields, isArchived: z.boolean() })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, because('field.nothing_to_change'))
  .meta({ id: 'ProcedurePatch' })
export type ProcedurePatch = z.infer<typeof ProcedurePatchSchema>
