import type { Kysely } from 'kysely'
import type { Config } from './config.ts'
import type { Database } from './db/schema.ts'
import type { AppDependencies } from './http/app-env.ts'
import { createEmailProvider, outboxDir } from './lib/email/create-email-provider.ts'
import type { Logger } from './lib/logger.ts'
import { createSmsOutboxProvider, smsOutboxDir } from './lib/sms/outbox-sms-provider.ts'
import { createStorage } from './lib/storage/create-storage.ts'
import { VERSION } from './lib/version.ts'
import {
  createWhatsAppProvider,
  whatsappOutboxDir,
} from './lib/whatsapp/create-whatsapp-provider.ts'
import { createPasswordHasher } from './modules/auth/index.ts'
import { keyringFromConfig } from './modules/clinic-keys/index.ts'

/** Everything the HTTP app needs, built from configuration. */
export function createDependencies(
  config: Config,
  db: Kysely<Database>,
  logger: Logger,
  overrides: Partial<AppDependencies> & Pick<AppDependencies, 'jobs'>,
): AppDependencies {
  const email = createEmailProvider(config)
  const whatsapp = createWhatsAppProvider(config)
  return {
    db,
    logger,
    version: VERSION,
    clock: () => new Date(),
    hasher: createPasswordHasher(config.argon2),
    keyring: keyringFromConfig(config, logger),
    email,
    whatsapp,
    whatsappEndpoints: config.whatsappEndpoints,
    sms: createSmsOutboxProvider({ dir: smsOutboxDir(config.dataDir) }),
    metaWebhook:
      config.whatsapp.provider === 'meta'
        ? { appSecret: config.whatsapp.appSecret, verifyToken: config.whatsapp.verifyToken }
        : undefined,
    storage: createStorage(config),
    session: config.session,
    publicUrl: config.publicUrl,
    // The development outbox page: only without SMTP and never in production.
    outboxDir:
      email.kind === 'outbox' && !config.isProduction ? outboxDir(config.dataDir) : undefined,
    // Its WhatsApp messages: only when no WhatsApp provider is configured, never in production.
    whatsappOutboxDir:
      whatsapp.kind === 'outbox' && !config.isProduction
        ? whatsappOutboxDir(config.dataDir)
        : undefined,
    ...overrides,
  }
}
