import path from 'node:path'
import type { Config } from '../../config.ts'
import type { EmailProvider } from './email-provider.ts'
import { createOutboxProvider } from './outbox-provider.ts'
import { createSmtpProvider } from './smtp-provider.ts'

/** The outbox directory; also what a development page passes to `listOutbox`. */
export function outboxDir(dataDir: string): string {
  return path.join(dataDir, 'outbox')
}

/**
 * SMTP when `SMTP_URL` is set; otherwise the local outbox in `<dataDir>/outbox`, so a fresh
 * install can still invite staff and reset passwords by reading the links from disk.
 */
export function createEmailProvider(
  config: Pick<Config, 'smtpUrl' | 'emailFrom' | 'dataDir'>,
): EmailProvider {
  if (config.smtpUrl) return createSmtpProvider({ url: config.smtpUrl, from: config.emailFrom })
  return createOutboxProvider({ dir: outboxDir(config.dataDir) })
}
