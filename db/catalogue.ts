import { type Kysely, sql } from 'kysely'
import type { Database } from '../server/db/schema.ts'

/**
 * Tables that belong to no single clinic, each with the reason it is global and
 * how the app role may reach it. Anything not listed here must be a tenant table.
 *   none       no grant at all: owner-only, reached through SECURITY DEFINER functions
 *   read-only  SELECT only, and it holds no personal data
 *   own-rows   forced RLS whose policies key on app.user_id (a person's own rows)
 */
export const GLOBAL_TABLES: Record<
  string,
  { reason: string; access: 'none' | 'read-only' | 'own-rows' }
> = {
  schema_migrations: { reason: 'migration bookkeeping', access: 'none' },
  role_capabilities: { reason: 'the role matrix, reference data', access: 'read-only' },
  users: { reason: 'a login can belong to several clinics', access: 'own-rows' },
  password_resets: { reason: 'reset links belong to a login, not a clinic', access: 'none' },
  auth_throttle: { reason: 'failed attempts per account hash and per IP', access: 'none' },
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
  policies_use_user_setting: boolean
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
           -- Permissive policies grant rows; each must be tied to the clinic (restrictive ones only narrow).
           COALESCE((SELECT bool_and(
                       pg_get_expr(p.polqual, p.polrelid) LIKE '%current_setting(''app.clinic_id''::text, true)%'
                       AND coalesce(pg_get_expr(p.polwithcheck, p.polrelid), pg_get_expr(p.polqual, p.polrelid))
                           LIKE '%current_setting(''app.clinic_id''::text, true)%')
                     FROM pg_policy p WHERE p.polrelid = c.oid AND p.polpermissive), false)
             AS policies_use_clinic_setting,
           COALESCE((SELECT bool_and(
                       coalesce(pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid))
                         LIKE '%current_setting(''app.user_id''::text, true)%')
                     FROM pg_policy p WHERE p.polrelid = c.oid AND p.polpermissive), false)
             AS policies_use_user_setting,
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
    const global = GLOBAL_TABLES[t.name]
    if (global) {
      problems.push(...globalTableViolations(t, global.access))
      continue
    }
    if (!t.rls_enabled) problems.push(`${t.name}: row-level security is not enabled`)
    if (!t.rls_forced) problems.push(`${t.name}: row-level security is not forced`)
    if (t.policy_count === 0) problems.push(`${t.name}: has no policy`)
    if (!t.policies_use_clinic_setting) {
      problems.push(`${t.name}: a permissive policy does not compare against app.clinic_id`)
    }
    if (t.app_privileges.includes('TRUNCATE')) problems.push(`${t.name}: app role may TRUNCATE`)
    if (t.name === TENANT_ROOT) continue
    if (!t.has_clinic_id) problems.push(`${t.name}: has no NOT NULL clinic_id column`)
    if (!t.pk_leads_with_clinic_id)
      problems.push(`${t.name}: primary key does not lead with clinic_id`)
  }
  return problems
}

function globalTableViolations(t: TableFacts, access: 'none' | 'read-only' | 'own-rows'): string[] {
  const granted = t.app_privileges
  if (!(t.rls_enabled && t.rls_forced)) {
    return [`${t.name}: global table without forced row-level security`]
  }
  if (access === 'none' && granted.length > 0) {
    return [`${t.name}: owner-only global table, yet the app role has ${granted.join(', ')}`]
  }
  if (access === 'read-only' && granted.some((privilege) => privilege !== 'SELECT')) {
    return [`${t.name}: read-only global table, yet the app role has ${granted.join(', ')}`]
  }
  if (access === 'own-rows' && t.policy_count === 0) {
    return [`${t.name}: per-person global table without a policy`]
  }
  if (access === 'own-rows' && !t.policies_use_user_setting) {
    return [`${t.name}: a permissive policy does not key on app.user_id`]
  }
  return []
}
