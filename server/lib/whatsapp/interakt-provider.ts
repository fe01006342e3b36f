import {
  DEFAULT_SEND_TIMEOUT_MS,
  ProviderError,
  postJson,
  type WhatsAppProvider,
} from './provider.ts'

/**
 * Interakt (a Jio Haptik BSP): POST /v1/public/message/ with the clinic's API key as Basic
 * authorization (Interakt issues it already base64-encoded). The number goes without its
 * country code; template values in `{{n}}` order; our outbox id as callbackData.
 * Shapes from public integrations (india-domain §7.6, marked unverified there for the answer):
 * the answer's `id` is the message id its webhooks use.
 */
export function createInteraktProvider(
  credentials: { apiKey: string },
  options: { baseUrl?: string; timeoutMs?: number } = {},
): WhatsAppProvider {
  const url = `${options.baseUrl ?? 'https://api.interakt.ai'}/v1/public/message/`
  const headers = { authorization: `Basic ${credentials.apiKey}` }
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS
  const send = async (body: object) => {
    const answer = (await postJson('interakt', url, headers, body, timeoutMs)) as {
      result?: unknown
      id?: unknown
    }
    if (answer.result !== true) throw new ProviderError('interakt', false, 'REFUSED')
    if (typeof answer.id !== 'string' || answer.id === '') {
      throw new ProviderError('interakt', true, 'EBADRESPONSE', true)
    }
    return { providerMessageId: answer.id }
  }
  return {
    kind: 'interakt',
    sendTemplate: (message) =>
      send({
        countryCode: '+91',
        phoneNumber: message.to,
        callbackData: message.callbackData,
        type: 'Template',
        template: {
          name: message.templateName,
          languageCode: message.language,
          bodyValues: message.parameters.map(({ value }) => value),
          ...(message.document
            ? { headerValues: [message.document.url], fileName: message.document.filename }
            : {}),
        },
      }),
    sendText: (message) =>
      send({
        countryCode: '+91',
        phoneNumber: message.to,
        callbackData: message.callbackData,
        type: 'Text',
        data: { message: message.text },
      }),
  }
}
