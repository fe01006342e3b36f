import { type Kysely, sql } from 'kysely'
import type { Database } from '../server/db/schema.ts'

/**
 * Tables that hold no clinic's data, each with the reason it is global.
 * Anything not listed here must be a tenant table.
 */
export const GLOBAL_TABLES: Record<string, string> = {
  // Which migrations ran; owned by niramaya_owner, no grant to the app role.
  schema_migrations: 'migration bookkeeping',
}

/** The tenant root: its own `id` is the clinic id. */
export const TENANT_ROOT = 'clinics'

/** Schemas that hold application tables. */
export const APPLICATION_SCHEMAS = ['public']

interface TableFacts {
  name: string
  rls_enabled: boolean
  rls_forced: boolean
  policy_count: number
  policies_use_clinic_setting: boolean
  has_clinic_id: boolean
  pk_leads_with_clinic_id: boolean
  owner: string
  app_privileges: string[]
}

/** Reads what the catalogue says about every application table. */
export async function readTableFacts(db: Kysely<Database>): Promise<TableFacts[]> {
  const { rows } = await sql<TableFacts>`
    SELECT c.relname AS name,
           c.relrowsecurity AS rls_enabled,
           c.relforcerowsecurity AS rls_forced,
           (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policy_count,
           COALESCE((SELECT bool_and(
                       pg_get_expr(p.polqual, p.polrelid) LIKE '%current_setting(''app.clinic_id''::text, true)%')
                     FROM pg_policy p WHERE p.polrelid = c.oid), false) AS policies_use_clinic_setting,
           EXISTS (SELECT 1 FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'clinic_id' AND NOT a.attisdropped
                     AND a.attnotnull) AS has_clinic_id,
           COALESCE((SELECT a.attname = 'clinic_id'
                     FROM pg_index i JOIN pg_attribute a
                       ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                     WHERE i.indrelid = c.oid AND i.indisprimary), false) AS pk_leads_with_clinic_id,
           pg_get_userbyid(c.relowner) AS owner,
           ARRAY(SELECT privilege FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE']) AS privilege
                 WHERE has_table_privilege('niramaya_app', c.oid, privilege)) AS app_privileges
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(${APPLICATION_SCHEMAS})
    ORDER BY c.relname`.execute(db)
  return rows
}

/** Every way a table breaks the tenancy rules; empty when all is well. */
export function tenancyViolations(tables: TableFacts[]): string[] {
  const problems: string[] = []
  for (const t of tables) {
    if (t.owner !== 'niramaya_owner')
      problems.push(`${t.name}: owned by ${t.owner}, not niramaya_owner`)
    if (t.name in GLOBAL_TABLES) {
      if (t.app_privileges.length > 0) {
        problems.push(
          `${t.name}: global table, yet the app role has ${t.app_privileges.join(', ')}`,
        )
      }
      continue
    }
    if (!t.rls_enabled) problems.push(`${t.name}: row-level security is not enabled`)
    if (!t.rls_forced) problems.push(`${t.name}: row-level security is not forced`)
    if (t.policy_count === 0) problems.push(`${t.name}: has no policy`)
    if (!t.policies_use_clinic_setting) {
      problems.push(`${t.name}: a policy does not compare against app.clinic_id`)
    }
    if (t.app_privileges.includes('TRUNCATE')) problems.push(`${t.name}: app role may TRUNCATE`)
    if (t.name === TENANT_ROOT) continue
    if (!t.has_clinic_id) problems.push(`${t.name}: has no NOT NULL clinic_id column`)
    if (!t.pk_leads_with_clinic_id)
      problems.push(`${t.name}: primary key does not lead with clinic_id`)
  }
  return problems
}
