import path from 'node:path'
import type { Config } from '../../config.ts'
import { createMetaProvider } from './meta-provider.ts'
import { createWhatsAppOutboxProvider } from './outbox-provider.ts'
import type { WhatsAppProvider } from './provider.ts'

/** Where the local WhatsApp outbox keeps its messages (one JSON file each). */
export function whatsappOutboxDir(dataDir: string): string {
  return path.join(dataDir, 'whatsapp-outbox')
}

/**
 * The platform's shared sender: Meta's Cloud API when `WHATSAPP_PROVIDER=meta` (with
 * `META_GRAPH_URL` pointing anywhere, so tests and self-hosters can use a local server), else the
 * local outbox, so a fresh install sends nothing to anyone.
 */
export function createWhatsAppProvider(
  config: Pick<Config, 'whatsapp' | 'dataDir'>,
): WhatsAppProvider {
  const settings = config.whatsapp
  if (settings.provider === 'meta') {
    return createMetaProvider(
      { phoneNumberId: settings.phoneNumberId, accessToken: settings.accessToken },
      { graphUrl: settings.graphUrl },
    )
  }
  return createWhatsAppOutboxProvider({ dir: whatsappOutboxDir(config.dataDir) })
}
