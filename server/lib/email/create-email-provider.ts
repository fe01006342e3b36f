import path from 'node:path'
import type { Config } from '../../config.ts'
import type { EmailMessage, EmailProvider } from './email-provider.ts'
import { createOutboxProvider } from './outbox-provider.ts'

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
  if (config.smtpUrl) return lazySmtpProvider({ url: config.smtpUrl, from: config.emailFrom })
  return createOutboxProvider({ dir: outboxDir(config.dataDir) })
}

/**
 * SMTP whose transport (nodemailer) is loaded on the first message, so start-up does not pay for
 * it (issue #9); shutting down before any message was sent has nothing to close.
 */
function lazySmtpProvider(options: { url: string; from: string }): EmailProvider {
  let loaded: Promise<EmailProvider> | undefined
  const provider = () => {
    if (!loaded) {
      const loading = import('./smtp-provider.ts').then(({ createSmtpProvider }) =>
        createSmtpProvider(options),
      )
      // A failed load is retried by the next message instead of failing every later one.
      loading.catch(() => {
        if (loaded === loading) loaded = undefined
      })
      loaded = loading
    }
    return loaded
  }
  return {
    kind: 'smtp',
    send: async (message: EmailMessage) => (await provider()).send(message),
    close: async () => {
      const current = await loaded?.catch(() => undefined)
      await current?.close()
    },
  }
}
