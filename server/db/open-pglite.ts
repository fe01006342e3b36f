import { PGlite } from '@electric-sql/pglite'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { pgliteParsers } from './type-parsers.ts'

/**
 * Opens embedded PGlite the one way Niramaya does: with the extensions the
 * migrations use loaded (PGlite needs them at every open; PostgreSQL servers
 * ship them in contrib) and the same type parsers as the pg driver.
 * pg_trgm: name search; btree_gin and btree_gist: let trigram indexes lead with clinic_id
 * (and, later, exclusion constraints on appointments).
 */
export function openPglite(options: { dataDir?: string; username?: string; loadDataDir?: Blob }) {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.username ? { username: options.username } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: pgliteParsers,
    extensions: { btree_gin, btree_gist, pg_trgm },
  })
}
