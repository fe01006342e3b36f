import {
  DEFAULT_SEND_TIMEOUT_MS,
  ProviderError,
  postJson,
  type WhatsAppProvider,
} from './provider.ts'

export interface MetaCredentials {
  phoneNumberId: string
  accessToken: string
}

/**
 * Meta's WhatsApp Cloud API (india-domain §7.2): POST /{phone-number-id}/messages with the
 * system user's token. The answer's `messages[0].id` (a wamid) joins later status webhooks;
 * `biz_opaque_callback_data` carries our outbox id back in them.
 */
export function createMetaProvider(
  credentials: MetaCredentials,
  options: { graphUrl?: string; timeoutMs?: number } = {},
): WhatsAppProvider {
  const graphUrl = options.graphUrl ?? 'https://graph.facebook.com/v21.0'
  const url = `${graphUrl}/${encodeURIComponent(credentials.phoneNumberId)}/messages`
  const headers = { authorization: `Bearer ${credentials.accessToken}` }
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS
  const send = async (body: object) => {
    const answer = (await postJson('meta', url, headers, body, timeoutMs)) as {
      messages?: { id?: unknown }[]
    }
    const id = answer.messages?.[0]?.id
    if (typeof id !== 'string' || id === '')
      throw new ProviderError('meta', true, 'EBADRESPONSE', true)
    return { providerMessageId: id }
  }
  return {
    kind: 'meta',
    sendTemplate: (message) =>
      send({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: `91${message.to}`,
        type: 'template',
        biz_opaque_callback_data: message.callbackData,
        template: {
          name: message.templateName,
          language: { code: message.language, policy: 'deterministic' },
          components: [
            ...(message.document
              ? [
                  {
                    type: 'header',
                    parameters: [
                      {
                        type: 'document',
                        document: {
                          link: message.document.url,
                          filename: message.document.filename,
                        },
                      },
                    ],
                  },
                ]
              : []),
            {
              type: 'body',
              parameters: message.parameters.map(({ value }) => ({ type: 'text', text: value })),
            },
          ],
        },
      }),
    sendText: (message) =>
      send({
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: `91${message.to}`,
        type: 'text',
        biz_opaque_callback_data: message.callbackData,
        text: { body: message.text, preview_url: false },
      }),
  }
}
