import type { Procedure } from '../../../shared/contracts/catalogue.ts'
import type { ProcedureRow } from './queries.ts'

export function presentProcedure(row: ProcedureRow): Procedure {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category: row.category,
    pricingModel: row.pricing_model,
    pricePaise: row.price_paise,
    sacCode: row.sac_code,
    taxable: row.taxable,
    gstRateBp: row.gst_rate_bp,
    dentition: row.dentition,
    region: row.region,
    surfacesRequired: row.surfaces_required,
    defaultSittings: row.default_sittings,
    chartKind: row.chart_kind,
    chartMaterial: row.chart_material,
    isArchived: row.is_archived,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}
