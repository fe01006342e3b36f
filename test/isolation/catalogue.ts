import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

/** Cross-clinic case for the procedure catalogue (see test/isolation-cases.ts). */
export const catalogueIsolationCases: Record<string, IsolationCase> = {
  procedures: {
    table: 'procedures',
    insertRow: async (tx, clinic) => {
      // A code no seeded item has, unique per run (one live item per code).
      const code = `ISO-${Math.floor(Math.random() * 1e9)}`
      const { rows } = await sql<{ id: string }>`
        INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code)
        VALUES (${clinic.clinicId}, ${code}, 'Isolation test', 'other', 'fixed', 100000, '999312')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'price_paise', value: 1 },
  },
}
