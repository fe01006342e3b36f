import type { Tx } from '../../db/with-clinic.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { searchableFieldsOf, searchTokensFor } from './search-tokens.ts'

/**
 * Computes the search tokens of up to `batchSize` patients of the current clinic that have none
 * (registered before partial-number search existed), and answers how many it indexed. The tokens
 * need the clinic's index key, which only the application holds, so SQL alone cannot backfill
 * them: `npm run patients:reindex-search` calls this until it answers 0.
 */
export async function reindexSearchTokens(
  tx: Tx,
  cipher: ClinicCipher,
  batchSize = 500,
): Promise<number> {
  const rows = await tx
    .selectFrom('patients')
    .selectAll()
    .where('search_tokens', 'is', null)
    .orderBy('patient_number')
    .limit(batchSize)
    .execute()
  for (const row of rows) {
    await tx
      .updateTable('patients')
      .set({ search_tokens: searchTokensFor(cipher, searchableFieldsOf(cipher, row)) })
      .where('id', '=', row.id)
      .execute()
  }
  return rows.length
}
