import { formatDateTime, todayInZone } from '../../../../shared/format/index.ts'
import {
  type MessageKind,
  renderTemplate,
  templateProblem,
} from '../../../../shared/messaging/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { addDays, clinicInstant } from '../calendar/clinic-time.ts'

/**
 * Sample values for every placeholder a kind may use, in the screen's language: the clinic's own
 * name, and a visit tomorrow at 10:30 am on the clinic's clock, written as the server writes it
 * (DD/MM/YYYY, 12-hour time).
 */
export function sampleValues(t: Translate, clinic: string, zone: string): Record<string, string> {
  const when = clinicInstant(addDays(todayInZone(zone), 1), 10 * 60 + 30, zone)
  return {
    clinic,
    patient: t('templates.sample.patient'),
    doctor: t('templates.sample.doctor'),
    when: formatDateTime(when, zone),
    recall: t('templates.sample.recall'),
    amount: t('templates.sample.amount'),
    invoice: t('templates.sample.invoice'),
    document: t('templates.sample.document'),
  }
}

/** The wording filled with the samples, or null while it could not be sent as it is. */
export function previewOf(
  kind: MessageKind,
  body: string,
  samples: Readonly<Record<string, string>>,
): string | null {
  if (body.trim() === '' || templateProblem(kind, body)) return null
  try {
    return renderTemplate(body, samples)
  } catch {
    return null
  }
}
