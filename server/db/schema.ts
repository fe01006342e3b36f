import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

/**
 * Row types of the tables the application role may touch. The migrations are
 * the source of truth; server/db/schema-columns.ts and db/schema-types.test.ts
 * fail when these types and the migrated tables drift apart.
 */
type CreatedAt = ColumnType<Date, never, never>
type UpdatedAt = ColumnType<Date, never, never>

export interface ClinicsTable {
  id: Generated<string>
  name: string
  time_zone: Generated<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface BranchesTable {
  clinic_id: string
  id: Generated<string>
  name: string
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface Database {
  clinics: ClinicsTable
  branches: BranchesTable
}

export type Clinic = Selectable<ClinicsTable>
export type NewClinic = Insertable<ClinicsTable>
export type Branch = Selectable<BranchesTable>
export type NewBranch = Insertable<BranchesTable>
export type BranchUpdate = Updateable<BranchesTable>
