import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

export const CLINIC_DRUG_COLUMNS = [
  'id',
  'generic',
  'classes',
  'category',
  'schedule',
  'presentations',
  'routes',
  'is_archived',
  'updated_at',
] as const

/** The clinic's items with these ids, archived or not (row-level security keeps it to the clinic). */
export function clinicDrugsByIds(tx: Tx, ids: readonly string[]) {
  return tx
    .selectFrom('clinic_drugs')
    .select(CLINIC_DRUG_COLUMNS)
    .where('id', 'in', [...ids])
    .execute()
}

export type ClinicDrugFullRow = Awaited<ReturnType<typeof clinicDrugsByIds>>[number]

/** The clinic's items by name: the live ones, or archived ones too (to restore one). */
export function clinicDrugsByName(tx: Tx, options: { includeArchived: boolean }) {
  return tx
    .selectFrom('clinic_drugs')
    .select(CLINIC_DRUG_COLUMNS)
    .$if(!options.includeArchived, (query) => query.where('is_archived', '=', false))
    .orderBy(sql`lower(generic)`)
    .orderBy('id')
    .execute()
}

export const FAVOURITE_COLUMNS = [
  'id',
  'drug_code',
  'strength_label',
  'dose_amount',
  'dose_unit',
  'route',
  'frequency',
  'food_timing',
  'duration_days',
  'instructions_en',
  'instructions_hi',
  'updated_at',
] as const

/** The signed-in prescriber's favourites (the policy own_favourites hides everyone else's). */
export function myFavourites(tx: Tx) {
  return tx
    .selectFrom('prescription_favourites')
    .select(FAVOURITE_COLUMNS)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export type FavouriteRow = Awaited<ReturnType<typeof myFavourites>>[number]

export const SET_COLUMNS = ['id', 'name', 'lines', 'created_by', 'updated_at'] as const

/** The clinic's prescription sets, by name. */
export function clinicSets(tx: Tx) {
  return tx
    .selectFrom('prescription_sets')
    .select(SET_COLUMNS)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute()
}

export type SetRow = Awaited<ReturnType<typeof clinicSets>>[number]

/**
 * Gives the clinic the sets every clinic starts with (db function seed_prescription_sets, which
 * holds their lines). Runs as the caller, so the caller must hold clinical.write.
 */
export async function seedPrescriptionSets(tx: Tx, clinicId: string): Promise<void> {
  await sql`SELECT seed_prescription_sets(${clinicId}::uuid)`.execute(tx)
}
