import { ALLOWED_GST_RATES_BP, type InvoiceError } from '../../../shared/billing/index.ts'
import { type FieldIssue, issue } from '../../http/errors.ts'

/** What an invoice check found (shared/billing), as a field issue naming the field that failed. */
export function taxIssue(error: InvoiceError, field: string): FieldIssue {
  switch (error.code) {
    case 'not_integer':
      return issue(field, 'field.not_integer')
    case 'not_positive':
      return issue(field, 'field.too_small', { minimum: 1 })
    case 'negative':
      return issue(field, 'field.too_small', { minimum: 0 })
    case 'exceeds_line':
      return issue(field, 'billing.discount_above_line')
    case 'too_large':
      return issue(field, 'billing.line_too_large')
    case 'rate_not_allowed':
      return issue(field, 'billing.rate_not_allowed', { rates: ALLOWED_GST_RATES_BP.join(', ') })
    case 'taxable_at_zero_rate':
      return issue(field, 'billing.taxable_needs_rate')
    case 'exempt_with_rate':
      return issue(field, 'billing.exempt_has_rate')
    case 'unregistered_supplier':
      return issue(field, 'billing.unregistered_supplier')
    case 'no_lines':
      return issue('lines', 'billing.no_lines')
  }
}
