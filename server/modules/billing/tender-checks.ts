import type { PaymentMode } from '../../../shared/contracts/payments.ts'
import { type FieldIssue, issue } from '../../http/errors.ts'

/** Modes whose money can be traced only by its reference: UPI UTR, transfer reference, cheque number. */
const NEEDS_REFERENCE: ReadonlySet<PaymentMode> = new Set(['upi', 'bank_transfer', 'cheque'])

/**
 * A tender's reference: required where the money is traced by it, and for a card at most its
 * last 4 digits, so that a card number is never stored (PCI DSS forbids keeping the full PAN
 * without protections a clinic does not have).
 */
export function referenceIssues(
  tender: { mode: PaymentMode; reference?: string | undefined },
  field: string,
): FieldIssue[] {
  const reference = tender.reference?.trim() || undefined
  if (NEEDS_REFERENCE.has(tender.mode) && reference === undefined) {
    return [issue(field, 'billing.reference_required')]
  }
  if (tender.mode === 'card' && reference !== undefined && !/^[0-9]{4}$/.test(reference)) {
    return [issue(field, 'billing.card_reference')]
  }
  return []
}
