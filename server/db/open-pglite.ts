import { PGlite } from '@electric-sql/pglite'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { extensionFault } from './pglite-self-check.ts'
import { pgliteParsers } from './type-parsers.ts'

/**
 * Opens before giving up on instances whose extensions fail the self-check (about 1 open in
 * 10 to 50 was faulty under load, so five faulty in a row is at most about 1 in 100,000).
 */
const OPEN_ATTEMPTS = 5

type OpenOptions = { dataDir?: string; username?: string; loadDataDir?: Blob }

/**
 * Opens embedded PGlite the one way Niramaya does: with the extensions the
 * migrations use loaded (PGlite needs them at every open; PostgreSQL servers
 * ship them in contrib) and the same type parsers as the pg driver.
 * pg_trgm: name search; btree_gin and btree_gist: let trigram indexes lead with clinic_id
 * (and, later, exclusion constraints on appointments).
 * An instance that fails the extension self-check (see pglite-self-check.ts) is abandoned and
 * opened again: the fault is in how that instance was loaded, not in the data.
 */
export async function openPglite(options: OpenOptions): Promise<PGlite> {
  for (let attempt = 1; ; attempt += 1) {
    const pglite = await create(options)
    const fault = await extensionFault(pglite)
    if (fault === undefined) return pglite
    // Not closed: the next statement a faulty instance is sent (close() sends one) spins
    // forever. Abandoned, it has written nothing (the check's tables are temporary, in a
    // transaction never committed) and the garbage collector frees it; a new instance opens
    // the same data folder.
    const message = `Embedded PGlite failed its extension self-check (attempt ${attempt} of ${OPEN_ATTEMPTS}): ${fault}`
    if (attempt >= OPEN_ATTEMPTS) throw new Error(message)
    console.warn(`${message}; opening it again.`)
  }
}

function create(options: OpenOptions) {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.username ? { username: options.username } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: pgliteParsers,
    extensions: { btree_gin, btree_gist, pg_trgm },
  })
}
