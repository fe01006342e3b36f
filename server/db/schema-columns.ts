import type { Database } from './schema.ts'

/**
 * The columns of every table in `Database`, as data. TypeScript makes this
 * list match the interfaces in schema.ts exactly (a missing or extra column is
 * a type error); db/schema-types.test.ts makes it match the migrated database.
 * Together they keep the hand-written row types honest.
 */
export const schemaColumns: { [Table in keyof Database]: Record<keyof Database[Table], true> } = {
  clinics: { id: true, name: true, time_zone: true, created_at: true, updated_at: true },
  branches: { clinic_id: true, id: true, name: true, created_at: true, updated_at: true },
}
