import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.ts'
import type { Logger } from '../lib/logger.ts'

/** What every route handler can reach through `c.var` and `c.env`. */
export interface AppDependencies {
  db: Kysely<Database>
  logger: Logger
  version: string
  /** Folder with the built web app; absent when only the API is served (tests). */
  webRoot?: string | undefined
}

export interface AppEnv {
  Variables: {
    requestId: string
    deps: AppDependencies
  }
}
