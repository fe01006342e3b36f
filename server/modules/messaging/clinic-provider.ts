import { createHash } from 'node:crypto'
import type { WhatsAppEndpoints } from '../../config.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { createInteraktProvider } from '../../lib/whatsapp/interakt-provider.ts'
import { createMetaProvider } from '../../lib/whatsapp/meta-provider.ts'
import type { WhatsAppProvider } from '../../lib/whatsapp/provider.ts'
import { createWatiProvider } from '../../lib/whatsapp/wati-provider.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'

/**
 * A clinic's own WhatsApp account, as sealed in messaging_providers.credentials_cipher (one JSON
 * document under the clinic's key). `webhookToken` is the secret in the clinic's webhook address;
 * only its hash is stored in the clear, for the lookup.
 */
export type ProviderCredentials =
  | {
      provider: 'meta'
      phoneNumberId: string
      accessToken: string
      appSecret: string
      webhookToken: string
    }
  | {
      provider: 'interakt'
      apiKey: string
      webhookSecret?: string | undefined
      webhookToken: string
    }
  | { provider: 'wati'; endpoint: string; accessToken: string; webhookToken: string }

/** The AAD names the column, so a sealed value moved elsewhere does not open. */
const FIELD = 'messaging_providers.credentials'

export function sealCredentials(cipher: ClinicCipher, credentials: ProviderCredentials): Buffer {
  return cipher.encrypt(FIELD, JSON.stringify(credentials))
}

export function webhookTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

/** What staff recognise the account by, without revealing a secret. */
export function providerLabel(credentials: ProviderCredentials): string {
  switch (credentials.provider) {
    case 'meta':
      return `Meta · phone number id …${credentials.phoneNumberId.slice(-4)}`
    case 'interakt':
      return `Interakt · API key …${credentials.apiKey.slice(-4)}`
    case 'wati':
      return `Wati · ${new URL(credentials.endpoint).host}`
  }
}

/** A sender for these credentials, at the platform's configured provider addresses. */
export function providerFor(
  credentials: ProviderCredentials,
  endpoints: WhatsAppEndpoints,
  options: { timeoutMs?: number } = {},
): WhatsAppProvider {
  switch (credentials.provider) {
    case 'meta':
      return createMetaProvider(credentials, { graphUrl: endpoints.metaGraphUrl, ...options })
    case 'interakt':
      return createInteraktProvider(credentials, { baseUrl: endpoints.interaktUrl, ...options })
    case 'wati':
      return createWatiProvider(credentials, options)
  }
}

/** The current clinic's own account, opened; undefined when it uses the shared sender. */
export async function clinicProviderCredentials(
  tx: Tx,
  cipher: ClinicCipher,
): Promise<ProviderCredentials | undefined> {
  const row = await tx
    .selectFrom('messaging_providers')
    .select(['credentials_cipher'])
    .executeTakeFirst()
  if (!row) return undefined
  return JSON.parse(
    cipher.decrypt(FIELD, Buffer.from(row.credentials_cipher)),
  ) as ProviderCredentials
}
