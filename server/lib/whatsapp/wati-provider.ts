import {
  DEFAULT_SEND_TIMEOUT_MS,
  ProviderError,
  postJson,
  type WhatsAppProvider,
} from './provider.ts'

/**
 * Wati: the clinic's tenant endpoint (from its Wati dashboard) with a Bearer token.
 * Templates: POST /api/v1/sendTemplateMessage?whatsappNumber=91…, parameters by name (our
 * templates' own names); replies in the service window: POST
 * /api/v1/sendSessionMessage/91…?messageText=…. Shapes from public integrations (india-domain
 * §7.7); the message id is read from the answer's `model.ids[0]` or `id`. Wati takes no
 * callback data, so its webhooks are joined by that id alone.
 */
export function createWatiProvider(
  credentials: { endpoint: string; accessToken: string },
  options: { timeoutMs?: number } = {},
): WhatsAppProvider {
  const base = credentials.endpoint.replace(/\/+$/, '')
  const headers = { authorization: `Bearer ${credentials.accessToken}` }
  const timeoutMs = options.timeoutMs ?? DEFAULT_SEND_TIMEOUT_MS
  const send = async (url: string, body: object | undefined) => {
    const answer = (await postJson('wati', url, headers, body, timeoutMs)) as {
      result?: unknown
      id?: unknown
      model?: { ids?: unknown[] }
    }
    if (answer.result === false) throw new ProviderError('wati', false, 'REFUSED')
    const id = answer.model?.ids?.[0] ?? answer.id
    if (typeof id !== 'string' || id === '')
      throw new ProviderError('wati', true, 'EBADRESPONSE', true)
    return { providerMessageId: id }
  }
  return {
    kind: 'wati',
    sendTemplate: (message) =>
      send(`${base}/api/v1/sendTemplateMessage?whatsappNumber=91${message.to}`, {
        template_name: message.templateName,
        broadcast_name: `niramaya_${message.callbackData}`,
        parameters: [
          ...message.parameters.map(({ name, value }) => ({ name, value })),
          // Wati's template API takes no media per message: the link goes as a parameter its
          // template shows (README: a document_url placeholder in the document template).
          ...(message.document ? [{ name: 'document_url', value: message.document.url }] : []),
        ],
      }),
    sendText: (message) =>
      send(
        `${base}/api/v1/sendSessionMessage/91${message.to}?messageText=${encodeURIComponent(message.text)}`,
        undefined,
      ),
  }
}
