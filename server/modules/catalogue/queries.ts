import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

const COLUMNS = [
  'id',
  'code',
  'name',
  'category',
  'pricing_model',
  'price_paise',
  'sac_code',
  'taxable',
  'gst_rate_bp',
  'dentition',
  'region',
  'surfaces_required',
  'default_sittings',
  'chart_kind',
  'chart_material',
  'is_archived',
  'updated_at',
] as const

export type ProcedureRow = NonNullable<Awaited<ReturnType<typeof procedureById>>>

/** One catalogue item, live or archived, as row-level security lets the caller see it. */
export function procedureById(tx: Tx, id: string) {
  return tx.selectFrom('procedures').select(COLUMNS).where('id', '=', id).executeTakeFirst()
}

/**
 * The clinic's catalogue by category order, then code; archived items only when asked for.
 * A clinic's catalogue is small (tens to a few hundred items), so it is answered whole.
 */
export function listProcedures(tx: Tx, { includeArchived }: { includeArchived: boolean }) {
  let query = tx.selectFrom('procedures').select(COLUMNS)
  if (!includeArchived) query = query.where('is_archived', '=', false)
  return query.orderBy('category').orderBy('code').orderBy('is_archived').limit(2000).execute()
}

/**
 * What a treatment plan copies from a catalogue item when it is planned (code, name, price,
 * SAC, tax, sittings, chart kind), so a later price change never alters the plan. Archived
 * items are returned too: the plans module decides whether a new item may use one.
 */
export function procedureForPlanning(tx: Tx, id: string): Promise<ProcedureRow | undefined> {
  return procedureById(tx, id)
}

/**
 * Gives a new clinic the catalogue every clinic starts with (db function seed_procedures,
 * india-domain §9.5). Runs as the caller, who must hold catalogue.manage (the owner at sign-up).
 */
export async function seedProcedures(tx: Tx, clinicId: string): Promise<void> {
  await sql`SELECT seed_procedures(${clinicId}::uuid)`.execute(tx)
}
