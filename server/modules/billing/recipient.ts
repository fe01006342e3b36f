import type { z } from 'zod'
import { checkGstin } from '../../../shared/billing/index.ts'
import type { RecipientInputSchema } from '../../../shared/contracts/billing.ts'
import { GSTIN_REASONS } from '../../../shared/contracts/clinic.ts'
import { fieldError } from '../../http/errors.ts'
import type { BillingPatient } from './queries.ts'

export type RecipientInput = z.infer<typeof RecipientInputSchema>

/** The recipient columns of an invoice (CGST Rule 46(d)–(f)). */
export interface RecipientColumns {
  recipient_name: string | null
  recipient_address: string | null
  recipient_state_code: string | null
  recipient_gstin: string | null
}

/** The patient as the recipient: the default when nobody else pays. */
export function patientRecipient(patient: BillingPatient): RecipientColumns {
  const address = [patient.address_line1, patient.address_line2, patient.city, patient.pin_code]
    .filter((part): part is string => Boolean(part))
    .join(', ')
  return {
    recipient_name: patient.full_name.slice(0, 200),
    recipient_address: address === '' ? null : address.slice(0, 500),
    recipient_state_code: patient.state_code,
    recipient_gstin: null,
  }
}

/**
 * `current` with what the request changes. A registered recipient's GSTIN (B2B) is checked with
 * its check character (india-domain §3.5); its first two digits must be the recipient's state
 * when one is given, and give the state when none is. An empty address or GSTIN removes it.
 */
export function applyRecipient(
  current: RecipientColumns,
  input: RecipientInput | undefined,
): RecipientColumns {
  if (!input) return current
  const next = { ...current }
  if (input.name !== undefined) next.recipient_name = input.name
  if (input.address !== undefined) next.recipient_address = input.address || null
  if (input.stateCode !== undefined) next.recipient_state_code = input.stateCode
  if (input.gstin !== undefined) {
    if (input.gstin === '') {
      next.recipient_gstin = null
      return next
    }
    const checked = checkGstin(input.gstin, input.stateCode ? { stateCode: input.stateCode } : {})
    if (!checked.ok) {
      // The same reasons as the clinic's own GSTIN; a state other than the one given is the
      // recipient's, and without one given, 'state' means a prefix that is no state at all.
      if (checked.code === 'state' && input.stateCode) {
        throw fieldError('bad_request', 'recipient.gstin', 'billing.recipient_gstin_state', {
          stateCode: input.stateCode,
        })
      }
      const reason = checked.code === 'state' ? GSTIN_REASONS.format : GSTIN_REASONS[checked.code]
      throw fieldError('bad_request', 'recipient.gstin', reason)
    }
    next.recipient_gstin = checked.gstin
    next.recipient_state_code = input.stateCode ?? checked.stateCode
  }
  return next
}
