import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { openPglite } from '../server/db/open-pglite.ts'
import { summarize } from './stats.ts'

/**
 * npm run bench:pglite-open [-- --opens 300]
 *
 * Opens embedded PGlite again and again, the way every test file and `npm start` do, and after
 * each open runs the extension code the app uses (GiST nearest-name and GIN substring scans led
 * by a uuid, an exclusion constraint) and a plain SELECT after it. Prints how many instances
 * the self-check (server/db/pglite-self-check.ts) found faulty and abandoned, and how many
 * answered wrongly after passing it. A statement that spins after a passed check blocks the
 * event loop: a watchdog thread then prints it and ends the process (exit code 137).
 * Without the self-check's abandoning, about 1 open in 10 to 50 here spins within a minute.
 */
const opens = Number(argument('--opens') ?? 300)
const CLINIC = '00000000-0000-4000-8000-000000000001'

const heartbeat = new Int32Array(new SharedArrayBuffer(4))
new Worker(path.join(import.meta.dirname, '../test/watchdog/watcher.mjs'), {
  workerData: { heartbeat, limitSeconds: 30, markDirectory: '' },
}).unref()
setInterval(() => Atomics.add(heartbeat, 0, 1), 1_000).unref()

let faulty = 0
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (String(args[0]).includes('self-check')) faulty += 1
  else warn(...args)
}

const snapshot = await extensionsSnapshot()
const openTimes: number[] = []
let wrong = 0
for (let round = 1; round <= opens; round += 1) {
  const started = performance.now()
  const pglite = await openPglite({ loadDataDir: snapshot })
  openTimes.push(performance.now() - started)
  const problem = await workload(pglite)
  if (problem) {
    wrong += 1
    console.log(`open ${round}: ${problem}`)
  }
  await pglite.close()
  if (round % 50 === 0) console.log(`${round} opens, ${faulty} faulty instances abandoned`)
}
const open = summarize(openTimes)
console.log(
  `opens: ${opens}; faulty instances caught and abandoned: ${faulty}; wrong answers after the check: ${wrong}; ` +
    `open with self-check p50 ${open.p50Ms.toFixed(0)} ms, p99 ${open.p99Ms.toFixed(0)} ms`,
)
process.exit(wrong === 0 ? 0 : 1)

/** A data folder with the three extensions created, as the migrated database has them. */
async function extensionsSnapshot(): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: { btree_gin, btree_gist, pg_trgm } })
  await pglite.exec(
    'CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gin; CREATE EXTENSION btree_gist;',
  )
  const tarball = await pglite.dumpDataDir('none')
  await pglite.close()
  return tarball
}

async function workload(pglite: PGlite): Promise<string | undefined> {
  await pglite.exec(`
    CREATE TEMP TABLE names (clinic_id uuid, name text);
    CREATE INDEX ON names USING gist (clinic_id, name gist_trgm_ops);
    CREATE INDEX ON names USING gin (clinic_id, name gin_trgm_ops);
    CREATE TEMP TABLE hours (clinic_id uuid, weekday smallint, starts time, ends time,
      EXCLUDE USING gist (clinic_id WITH =, weekday WITH =,
        tsrange(DATE '2000-01-03' + starts, DATE '2000-01-03' + ends) WITH &&));
    SET enable_seqscan = off;`)
  await pglite.query(
    `INSERT INTO names SELECT $1, 'name ' || g || ' sharma' FROM generate_series(1, 300) g`,
    [CLINIC],
  )
  const nearest = await pglite.query<{ name: string }>(
    `SELECT name FROM names WHERE clinic_id = $1 ORDER BY name <-> 'name 17 sharma' LIMIT 1`,
    [CLINIC],
  )
  if (nearest.rows[0]?.name !== 'name 17 sharma') return 'nearest-name scan answered wrongly'
  const containing = await pglite.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM names WHERE clinic_id = $1 AND name LIKE '%e 29%'`,
    [CLINIC],
  )
  if (containing.rows[0]?.n !== 11) return 'substring scan answered wrongly'
  for (let weekday = 0; weekday < 7; weekday += 1) {
    await pglite.query(
      `INSERT INTO hours VALUES ($1, $2, '09:00', '13:00'), ($1, $2, '14:00', '18:00')`,
      [CLINIC, weekday],
    )
  }
  const overlap = await pglite
    .query(`INSERT INTO hours VALUES ($1, 1, '12:00', '15:00')`, [CLINIC])
    .then(
      () => 'accepted',
      (error: { code?: string }) => error.code,
    )
  if (overlap !== '23P01') return `overlapping hours answered ${overlap}`
  const after = await pglite.query<{ ok: number }>('SELECT 1 AS ok')
  if (after.rows[0]?.ok !== 1) return 'a plain SELECT answered wrongly'
  await pglite.exec('RESET enable_seqscan')
  return undefined
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}
