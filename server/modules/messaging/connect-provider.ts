import { randomBytes } from 'node:crypto'
import type { ConnectProviderSchema } from '../../../shared/contracts/messaging.ts'
import type { WhatsAppEndpoints } from '../../config.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError, fieldError, issue } from '../../http/errors.ts'
import { ProviderError } from '../../lib/whatsapp/provider.ts'
import { normalizeWatiEndpoint } from '../../lib/whatsapp/wati-endpoint.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import {
  type ProviderCredentials,
  providerFor,
  providerLabel,
  sealCredentials,
  webhookTokenHash,
} from './clinic-provider.ts'

type ConnectBody = import('zod').infer<typeof ConnectProviderSchema>

/** The test message waits no longer than this: a person is watching the button. */
const TEST_TIMEOUT_MS = 8_000

/**
 * The credentials to keep, from what was typed: Wati's endpoint checked against the SSRF rule
 * (server/lib/whatsapp/wati-endpoint.ts), and a fresh secret for the clinic's webhook address
 * (256 bits), so connecting again, or another clinic, never reuses one.
 */
export function credentialsOf(
  body: ConnectBody,
  endpoints: WhatsAppEndpoints,
): ProviderCredentials {
  const webhookToken = randomBytes(32).toString('base64url')
  switch (body.provider) {
    case 'meta':
      return {
        provider: 'meta',
        phoneNumberId: body.phoneNumberId,
        accessToken: body.accessToken,
        appSecret: body.appSecret,
        webhookToken,
      }
    case 'interakt':
      return {
        provider: 'interakt',
        apiKey: body.apiKey,
        ...(body.webhookSecret ? { webhookSecret: body.webhookSecret } : {}),
        webhookToken,
      }
    case 'wati': {
      const endpoint = normalizeWatiEndpoint(body.endpoint, endpoints.watiAllowedOrigin)
      if (!endpoint) {
        throw fieldError('validation_failed', 'endpoint', 'messaging.provider_endpoint_not_allowed')
      }
      return { provider: 'wati', endpoint, accessToken: body.accessToken, webhookToken }
    }
  }
}

/**
 * Sends the test message through the new account, outside any transaction (a provider may take
 * seconds). A refusal names the credential field; an unreachable provider says so. Either way
 * nothing is saved. The provider's own error text is never shown: it can echo the number.
 */
export async function sendTestMessage(
  credentials: ProviderCredentials,
  endpoints: WhatsAppEndpoints,
  input: { clinicName: string; mobile: string },
): Promise<void> {
  const provider = providerFor(credentials, endpoints, { timeoutMs: TEST_TIMEOUT_MS })
  try {
    await provider.sendText({
      to: input.mobile,
      // Free text: WhatsApp delivers it only within 24 hours of this number's last message to
      // the clinic (india-domain §7.5); the provider accepting it proves the credentials.
      text: `${input.clinicName}: WhatsApp messages from Niramaya are connected. This is a test; no reply is needed.`,
      callbackData: 'connection-test',
    })
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error
    if (!error.retryable) {
      const field = credentials.provider === 'interakt' ? 'apiKey' : 'accessToken'
      throw fieldError('validation_failed', field, 'messaging.provider_refused', {
        code: error.code,
      })
    }
    throw new AppError('bad_request', 'messaging.provider_unreachable', { code: error.code }, [
      issue(
        credentials.provider === 'wati' ? 'endpoint' : 'provider',
        'messaging.provider_unreachable',
        {
          code: error.code,
        },
      ),
    ])
  }
}

/** Keeps the tested account for the clinic, replacing any earlier one. */
export async function saveProvider(
  tx: Tx,
  input: {
    clinicId: string
    userId: string
    credentials: ProviderCredentials
    cipher: ClinicCipher
    now: Date
  },
): Promise<void> {
  const values = {
    provider: input.credentials.provider,
    credentials_cipher: sealCredentials(input.cipher, input.credentials),
    label: providerLabel(input.credentials),
    webhook_token_hash: webhookTokenHash(input.credentials.webhookToken),
    tested_at: input.now,
    connected_by: input.userId,
  }
  await tx
    .insertInto('messaging_providers')
    .values({ clinic_id: input.clinicId, ...values })
    .onConflict((conflict) => conflict.column('clinic_id').doUpdateSet(values))
    .execute()
}

/** Back to the platform's shared sender. */
export async function disconnectProvider(tx: Tx): Promise<void> {
  await tx.deleteFrom('messaging_providers').execute()
}
