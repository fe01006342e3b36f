import type { WhatsAppOutboxMessage as Presented } from '../../../shared/contracts/dev-outbox.ts'
import { parseIndianMobile } from '../../../shared/format/index.ts'
import type { WhatsAppOutboxMessage } from '../../lib/whatsapp/outbox-provider.ts'

/**
 * A mobile number with most digits hidden, "+91 98xxx xx210": enough to tell messages apart,
 * no more than the page needs (DPDP Act 2023, s. 8(5), reasonable safeguards). A number that
 * is not an Indian mobile keeps its last three digits only.
 */
export function maskMobile(to: string): string {
  const digits = parseIndianMobile(to)
  if (digits) return `+91 ${digits.slice(0, 2)}xxx xx${digits.slice(7)}`
  const kept = to.replace(/\D/g, '').slice(-3)
  return `xxx${kept}`
}

/** One outbox message as the page shows it: the callback data (ids) stays on the server. */
export function presentWhatsAppMessage(message: WhatsAppOutboxMessage): Presented {
  return {
    id: message.id,
    to: maskMobile(message.to),
    templateName: message.templateName ?? null,
    language: message.language ?? null,
    text: message.text,
    document: message.document ?? null,
    createdAt: message.createdAt,
  }
}
