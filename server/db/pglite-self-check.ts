import type { PGlite } from '@electric-sql/pglite'

/**
 * A known-answer check of the extensions' index code, run on every PGlite open.
 *
 * Why: PGlite 0.5.16 loads each extension (pg_trgm, btree_gin, btree_gist) as a separate
 * WebAssembly module at startup, and now and then an instance comes up with a function
 * pointer in one of them left unresolved. Nothing shows until the first index scan that
 * calls through it (in the tests: the first trigram name search), which traps with
 * "RuntimeError: null function or function signature mismatch". PGlite's main loop swallows
 * any non-PostgreSQL exception and carries on with PostgreSQL's state half unwound, so every
 * later statement fails with ERRORDATA_STACK_SIZE exceeded, answers no rows, or spins
 * forever on its input (the CI flake in role-matrix.int.test.ts and the 8-minute fuzz run).
 *
 * The same scans as patient_name_matches() (a GiST nearest-name scan and a GIN substring
 * scan, each led by a uuid column) run here in a rolled-back transaction on a temporary
 * table, so a faulty instance shows itself at open, where it can be thrown away and reopened,
 * instead of in the middle of a request.
 */
const CLINIC = '00000000-0000-4000-8000-000000000001'
const NAMES = ['asha verma', 'kavya sharma', 'ravi kumar', 'meera iyer']

export async function extensionFault(pglite: PGlite): Promise<string | undefined> {
  const { rows } = await pglite.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_extension WHERE extname IN ('pg_trgm', 'btree_gin', 'btree_gist')`,
  )
  // A database the migrations have not reached yet: nothing uses the extensions.
  if (rows[0]?.n !== 3) return undefined
  try {
    const answers = await pglite.transaction(async (tx) => {
      await tx.exec(`
        CREATE TEMP TABLE pglite_self_check (clinic_id uuid, name text) ON COMMIT DROP;
        INSERT INTO pglite_self_check
          SELECT '${CLINIC}', unnest(ARRAY['${NAMES.join("','")}']);
        CREATE INDEX pglite_self_check_nearest ON pglite_self_check USING gist (clinic_id, name gist_trgm_ops);
        CREATE INDEX ON pglite_self_check USING gin (clinic_id, name gin_trgm_ops);
        SET LOCAL enable_seqscan = off;`)
      const nearest = await tx.query<{ name: string }>(
        `SELECT name FROM pglite_self_check WHERE clinic_id = $1 ORDER BY name <-> 'sharma' LIMIT 1`,
        [CLINIC],
      )
      // Without the GiST index the substring scan goes through the GIN one (btree_gin).
      await tx.exec('DROP INDEX pglite_self_check_nearest')
      const containing = await tx.query<{ name: string }>(
        `SELECT name FROM pglite_self_check WHERE clinic_id = $1 AND name LIKE '%verma%'`,
        [CLINIC],
      )
      await tx.rollback()
      return [nearest.rows[0]?.name, containing.rows[0]?.name]
    })
    // After a swallowed trap the next statement is the one that fails or answers nothing.
    const after = await pglite.query<{ ok: number }>('SELECT 1 AS ok')
    if (answers[0] !== 'kavya sharma' || answers[1] !== 'asha verma' || after.rows[0]?.ok !== 1) {
      return `unexpected answers ${JSON.stringify(answers)}`
    }
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
