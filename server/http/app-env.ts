import type { Kysely } from 'kysely'
import type { WhatsAppEndpoints } from '../config.ts'
import type { Database, Role } from '../db/schema.ts'
import type { JobQueue } from '../jobs/job-queue.ts'
import type { EmailProvider } from '../lib/email/email-provider.ts'
import type { Logger } from '../lib/logger.ts'
import type { SmsProvider } from '../lib/sms/sms-provider.ts'
import type { ObjectStorage } from '../lib/storage/storage.ts'
import type { WhatsAppProvider } from '../lib/whatsapp/provider.ts'
import type { PasswordHasher } from '../modules/auth/index.ts'
import type { Keyring } from '../modules/clinic-keys/index.ts'

/** What every route handler can reach through `c.var.deps`. */
export interface AppDependencies {
  db: Kysely<Database>
  logger: Logger
  version: string
  /** The server's clock. Tests pass one they can move (idle timeouts, expiry) instead of sleeping. */
  clock: () => Date
  hasher: PasswordHasher
  /** Master keys that wrap each clinic's data key (field encryption). */
  keyring: Keyring
  email: EmailProvider
  /** The platform's shared WhatsApp sender (WHATSAPP_PROVIDER; the local outbox by default). */
  whatsapp: WhatsAppProvider
  /** Where clinics' own WhatsApp providers are reached (META_GRAPH_URL, INTERAKT_API_URL…). */
  whatsappEndpoints: WhatsAppEndpoints
  /** The SMS fallback (the local outbox until a gateway is connected). */
  sms: SmsProvider
  /** Meta's webhook secrets (META_APP_SECRET, META_VERIFY_TOKEN); absent: webhooks are refused. */
  metaWebhook?: { appSecret: string; verifyToken: string } | undefined
  /** The durable job queue (ADR 0024): enqueue through server/jobs/enqueue.ts only. */
  jobs: JobQueue
  /** Where document files are kept, encrypted before they arrive (ADR 0010). */
  storage: ObjectStorage
  session: { idleMinutes: number; absoluteHours: number }
  /** The address people use to reach the app: links in emails, and the CSRF origin check. */
  publicUrl?: string | undefined
  /** Folder of the local email outbox, when the development outbox page is enabled. */
  outboxDir?: string | undefined
  /** Folder of the local WhatsApp outbox, when that page shows WhatsApp messages too. */
  whatsappOutboxDir?: string | undefined
  /** Folder with the built web app; absent when only the API is served (tests). */
  webRoot?: string | undefined
}

/** The signed-in staff member behind a request. */
export interface Session {
  sessionId: string
  clinicId: string
  userId: string
  role: Role
  csrfTokenHash: string
  expiresAt: Date
  /** The clinic requires two-factor for this role and the user has not set it up yet. */
  mustEnrolTwoFactor: boolean
}

export interface AppEnv {
  Variables: {
    requestId: string
    deps: AppDependencies
    session: Session | undefined
  }
}
