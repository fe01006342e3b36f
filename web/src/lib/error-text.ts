import { isErrorReason, type ParamValue } from '../../../shared/errors/reasons.ts'
import { appointmentStatuses } from '../../../shared/scheduling/status-transitions.ts'
import type { Translate } from '../i18n/language-provider.tsx'
import type { MessageKey } from '../i18n/messages.ts'
import { ApiError } from './api.ts'

// Every error the screen shows comes through here: the API's stable reason and parameters,
// said in the person's language from the i18n catalogues (web/src/i18n/<language>/errors.ts).
// The server's English message is never shown: it is for API users and logs.

/** Parameters that are codes with their own translations (appointment statuses). */
const STATUS_PARAMS = new Set(['from', 'to', 'status'])
const STATUSES: ReadonlySet<string> = new Set(appointmentStatuses)

/** A reason with its parameters, as the API sends it on an error and on each field issue. */
export interface ReasonedText {
  reason?: unknown
  params?: unknown
}

/** The text for a reason in the current language, or undefined for a reason this app lacks. */
export function reasonText(said: ReasonedText, t: Translate): string | undefined {
  if (!isErrorReason(said.reason)) return undefined
  const params: Record<string, string> = {}
  if (typeof said.params === 'object' && said.params !== null) {
    for (const [name, value] of Object.entries(said.params as Record<string, ParamValue>)) {
      params[name] = paramText(name, value, t)
    }
  }
  return t(`reason.${said.reason}`, params)
}

function paramText(name: string, value: ParamValue, t: Translate): string {
  const text = String(value)
  if (STATUS_PARAMS.has(name) && STATUSES.has(text)) {
    return t(`calendar.status.${text}` as MessageKey)
  }
  return text
}

/** The text for one field issue, shown under its field. */
export function issueText(said: ReasonedText, t: Translate): string {
  return reasonText(said, t) ?? t('reason.field.invalid')
}

/**
 * The text for an API failure as a whole: the network or server, or the refusal's reason.
 * A refusal about a field that is not on the screen names the field as the API does.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('error.server')
  if (error.isNetworkFailure) return t('error.network')
  if (error.code === 'unavailable') return reasonText(error, t) ?? t('error.server')
  if (error.status >= 500 || error.code === 'unknown') return t('error.server')
  const first = error.issues[0]
  if (first && error.code === 'validation_failed') return `${first.field}: ${issueText(first, t)}`
  return reasonText(error, t) ?? t('reason.request.invalid')
}
