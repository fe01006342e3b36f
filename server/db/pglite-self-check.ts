import type { PGlite } from '@electric-sql/pglite'

/**
 * A known-answer check of the extensions' index code, run on every PGlite open.
 *
 * Why: PGlite 0.5 (and 0.6.1, measured) loads each extension (pg_trgm, btree_gin,
 * btree_gist) as a separate WebAssembly module, and now and then an instance comes up with a
 * function in one of them that traps when called ("null function or function signature
 * mismatch"). PGlite's main loop swallows any exception that is not PostgreSQL's own and
 * carries on with PostgreSQL's state half unwound. Measured with a script that opens instance
 * after instance and runs these scans (about 1 open in 10 to 50 under load): the faulty call
 * answers wrongly (a GiST nearest-name scan returns no rows), and the *next* statement sent to
 * that instance spins forever in PostgreSQL's errfinish, blocking the event loop (the CI hangs
 * in working-hours.int.test.ts, chart.int.test.ts and others).
 *
 * So every check here is the last statement of its message, and its answer is looked at
 * before anything else is sent: a wrong answer means the instance is faulty, and openPglite
 * abandons it without sending it another statement (closing it would be one) and opens a
 * new one. The checks are the extension code the app calls: a GiST nearest-name scan with its
 * similarity score and a GIN substring scan, each led by a uuid column (pg_trgm with btree_gist
 * and btree_gin, as in patient_name_matches()), and an exclusion constraint on uuid, smallint and
 * a range (btree_gist, as working_hours and appointments have).
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
    await pglite.exec(`
      BEGIN;
      CREATE TEMP TABLE pglite_self_check (clinic_id uuid, name text) ON COMMIT DROP;
      INSERT INTO pglite_self_check SELECT '${CLINIC}', unnest(ARRAY['${NAMES.join("','")}']);
      CREATE INDEX pglite_self_check_nearest ON pglite_self_check
        USING gist (clinic_id, name gist_trgm_ops);
      CREATE INDEX ON pglite_self_check USING gin (clinic_id, name gin_trgm_ops);
      CREATE TEMP TABLE pglite_self_check_hours (
        clinic_id uuid, weekday smallint, during tsrange,
        EXCLUDE USING gist (clinic_id WITH =, weekday WITH =, during WITH &&)) ON COMMIT DROP;
      INSERT INTO pglite_self_check_hours VALUES
        ('${CLINIC}', 1, '[2000-01-03 09:00, 2000-01-03 13:00)'),
        ('${CLINIC}', 1, '[2000-01-03 14:00, 2000-01-03 18:00)');
      SET LOCAL enable_seqscan = off;`)
    const nearest = await pglite.query<{ name: string; score: number }>(
      `SELECT name, similarity(name, 'sharma') AS score FROM pglite_self_check
        WHERE clinic_id = $1 ORDER BY name <-> 'sharma' LIMIT 1`,
      [CLINIC],
    )
    const best = nearest.rows[0]
    // similarity('kavya sharma', 'sharma') is 7/13: the trigrams they share over all of them.
    if (best?.name !== 'kavya sharma' || !(best.score > 0.5 && best.score < 0.6)) {
      return `nearest-name scan answered ${json(nearest.rows)}`
    }
    // Without the GiST index the substring scan goes through the GIN one (btree_gin).
    await pglite.exec('DROP INDEX pglite_self_check_nearest')
    const containing = await pglite.query<{ name: string }>(
      `SELECT name FROM pglite_self_check WHERE clinic_id = $1 AND name LIKE '%verma%'`,
      [CLINIC],
    )
    if (containing.rows[0]?.name !== 'asha verma')
      return `substring scan answered ${json(containing.rows)}`
    const overlap = await pglite
      .query(
        `INSERT INTO pglite_self_check_hours VALUES ($1, 1, '[2000-01-03 12:00, 2000-01-03 15:00)')`,
        [CLINIC],
      )
      .then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      )
    // 23P01: exclusion_violation, the answer a working btree_gist gives.
    if (overlap !== '23P01') return `overlapping hours answered ${overlap}`
    await pglite.exec('ROLLBACK')
    const after = await pglite.query<{ ok: number }>('SELECT 1 AS ok')
    if (after.rows[0]?.ok !== 1) return `a plain SELECT answered ${json(after.rows)}`
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const json = (value: unknown) => JSON.stringify(value)
