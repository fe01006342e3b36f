import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { ClinicWhatsAppProvider } from '../../../shared/contracts/messaging.ts'
import type { Database } from '../../db/schema.ts'
import { withClinicAsSystem } from '../../db/with-clinic.ts'
import { isValidInteraktSignature } from '../../lib/whatsapp/interakt-webhook.ts'
import { isValidMetaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { clinicCipher, type Keyring } from '../clinic-keys/index.ts'
import {
  clinicProviderCredentials,
  type ProviderCredentials,
  webhookTokenHash,
} from './clinic-provider.ts'

/** A webhook token as we issue them: 32 random bytes, base64url. */
export const WEBHOOK_TOKEN = /^[A-Za-z0-9_-]{43}$/

/**
 * The clinic whose own provider account posts to /webhooks/whatsapp/{provider}/{token}, with its
 * opened credentials: found by the token's hash (messaging_provider_clinic, the one lookup
 * across clinics), then read inside that clinic as the system receiving messages.
 */
export async function clinicOfWebhook(
  services: { db: Kysely<Database>; keyring: Keyring; clock: () => Date },
  provider: ClinicWhatsAppProvider,
  token: string,
): Promise<{ clinicId: string; credentials: ProviderCredentials } | undefined> {
  if (!WEBHOOK_TOKEN.test(token)) return undefined
  const { rows } = await sql<{ clinic_id: string | null }>`
    SELECT messaging_provider_clinic(${provider}, ${webhookTokenHash(token)}) AS clinic_id`.execute(
    services.db,
  )
  const clinicId = rows[0]?.clinic_id
  if (!clinicId) return undefined
  const credentials = await withClinicAsSystem(
    services.db,
    { clinicId, capabilities: ['messaging.receive'], now: services.clock() },
    async (tx) => clinicProviderCredentials(tx, await clinicCipher(tx, services.keyring, clinicId)),
  )
  // Disconnected (or reconnected with a new token) since the lookup.
  if (!credentials || credentials.provider !== provider || credentials.webhookToken !== token) {
    return undefined
  }
  return { clinicId, credentials }
}

/**
 * Whether the body is signed as the provider signs it, on top of the secret address: Meta always
 * (X-Hub-Signature-256 with the clinic's app secret); Interakt when the clinic gave its webhook
 * secret; Wati signs nothing, so its address is the only proof (ADR 0025).
 */
export function isSignedByProvider(
  credentials: ProviderCredentials,
  raw: Uint8Array,
  header: (name: string) => string | undefined,
): boolean {
  switch (credentials.provider) {
    case 'meta':
      return isValidMetaSignature(raw, header('X-Hub-Signature-256'), credentials.appSecret)
    case 'interakt':
      return credentials.webhookSecret === undefined
        ? true
        : isValidInteraktSignature(raw, header('Interakt-Signature'), credentials.webhookSecret)
    case 'wati':
      return true
  }
}
