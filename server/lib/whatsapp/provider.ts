import type { MessageLanguage } from '../../../shared/messaging/index.ts'

/**
 * One outgoing WhatsApp template message: an approved template filled with the patient's
 * values. Parameters are named and ordered as they appear in the template: Meta and Interakt
 * take them by position, Wati by name.
 */
export interface TemplateMessage {
  /** The patient's Indian mobile, ten digits (already normalised). */
  to: string
  /** The template's name as approved on the provider (e.g. appointment_reminder). */
  templateName: string
  language: MessageLanguage
  parameters: readonly { name: string; value: string }[]
  /** The filled-in wording, as the patient reads it: the local outbox shows it; providers
   * that send by template name ignore it. */
  text: string
  /**
   * Our outbox id. Sent as the provider's callback data, so a status webhook for a message
   * whose send outcome we never learned (a crash, a timeout) still finds its outbox row.
   */
  callbackData: string
  /**
   * A PDF the message carries (an invoice, a prescription): a link the provider fetches it from,
   * and the file name the patient sees. Sent as the template's document header (Meta, Interakt),
   * or as its `document_url` parameter (Wati).
   */
  document?: { url: string; filename: string } | undefined
}

/** A free-text reply, allowed only inside the 24-hour customer-service window. */
export interface TextMessage {
  to: string
  text: string
  callbackData: string
}

/**
 * A WhatsApp sender: Meta's Cloud API directly, a BSP (Interakt, Wati), or the local outbox.
 * Messages carry personal data, so providers never log their content.
 */
export interface WhatsAppProvider {
  readonly kind: 'meta' | 'interakt' | 'wati' | 'outbox'
  sendTemplate(message: TemplateMessage): Promise<{ providerMessageId: string }>
  sendText(message: TextMessage): Promise<{ providerMessageId: string }>
}

/**
 * A send that did not go through. `retryable` says whether trying again later can help: a
 * timeout, a refused connection, 429 or a 5xx can; a 4xx (bad credentials, an unknown template,
 * a number not on WhatsApp) cannot, and goes to the dead letters at once. After a timeout the
 * provider may still have sent the message: the caller reconciles from the status webhook
 * before it retries (ADR on exactly-once delivery).
 */
export class ProviderError extends Error {
  constructor(
    /** The WhatsApp provider, or the fallback channel's (sms, email). */
    readonly provider: WhatsAppProvider['kind'] | 'sms' | 'email',
    readonly retryable: boolean,
    /** The HTTP status, or the network error's code (ETIMEDOUT, ECONNREFUSED…). */
    readonly code: string,
    /** Whether the provider may have accepted the message although we got no answer. */
    readonly outcomeUnknown = false,
  ) {
    super(`${provider}: send failed (${code})`)
    this.name = 'ProviderError'
  }
}

export const DEFAULT_SEND_TIMEOUT_MS = 10_000

/**
 * POSTs JSON and returns the parsed answer, turning every failure into a ProviderError. The
 * provider's own error text is not kept: it can echo the phone number or the message.
 */
export async function postJson(
  provider: WhatsAppProvider['kind'],
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
  } catch (error) {
    const name = (error as Error).name
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new ProviderError(provider, true, 'ETIMEDOUT', true)
    }
    const code = ((error as Error & { cause?: { code?: string } }).cause?.code ?? 'ENETWORK').slice(
      0,
      40,
    )
    // A connection refused or reset before the request was sent cannot have been delivered.
    throw new ProviderError(provider, true, code, code !== 'ECONNREFUSED' && code !== 'ENOTFOUND')
  }
  const text = await response.text().catch(() => '')
  if (!response.ok) {
    const retryable = response.status === 429 || response.status >= 500
    throw new ProviderError(provider, retryable, String(response.status), response.status >= 500)
  }
  try {
    return text === '' ? {} : JSON.parse(text)
  } catch {
    throw new ProviderError(provider, true, 'EBADRESPONSE', true)
  }
}
