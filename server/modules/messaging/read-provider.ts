import type { MessagingProvider } from '../../../shared/contracts/messaging.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { WhatsAppProvider } from '../../lib/whatsapp/provider.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { clinicProviderCredentials } from './clinic-provider.ts'

/**
 * The clinic's WhatsApp sender as Settings shows it: its own account (with the webhook address to
 * paste into the provider), else the platform's shared sender, else the local outbox.
 */
export async function readProvider(
  tx: Tx,
  cipher: ClinicCipher,
  context: { shared: WhatsAppProvider['kind']; apiBaseUrl: string },
): Promise<MessagingProvider> {
  const row = await tx
    .selectFrom('messaging_providers')
    .select(['provider', 'label', 'tested_at'])
    .executeTakeFirst()
  const credentials = row ? await clinicProviderCredentials(tx, cipher) : undefined
  if (!row || !credentials) {
    return { sender: context.shared === 'outbox' ? 'outbox' : 'shared', connection: null }
  }
  return {
    sender: 'clinic',
    connection: {
      provider: row.provider,
      label: row.label,
      testedAt: new Date(row.tested_at).toISOString(),
      webhookUrl: `${context.apiBaseUrl}/webhooks/whatsapp/${row.provider}/${credentials.webhookToken}`,
      verifyToken: credentials.provider === 'meta' ? credentials.webhookToken : null,
    },
  }
}
