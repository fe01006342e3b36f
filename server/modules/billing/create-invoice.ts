import type { NewInvoice } from '../../../shared/contracts/billing.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { priceDraft } from './draft-lines.ts'
import { requireBillingPatient } from './guards.ts'
import { clinicTaxProfile } from './queries.ts'
import { applyRecipient, patientRecipient } from './recipient.ts'
import { insertLines, totalsColumns } from './write-draft.ts'

/**
 * Drafts an invoice for the patient from completed plan items and ad hoc lines. A draft has no
 * number (Rule 46(b) numbers are given at issue only); its lines are checked now against the
 * clinic's registration and again at issue.
 */
export async function createInvoice(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewInvoice,
): Promise<string> {
  const patient = await requireBillingPatient(tx, patientId)
  const profile = await clinicTaxProfile(tx)
  const priced = await priceDraft(tx, patientId, input, {
    registered: profile.gstin !== null,
    roundOff: input.roundOff,
  })
  const recipient = applyRecipient(patientRecipient(patient), input.recipient)
  const { id } = await tx
    .insertInto('invoices')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      ...recipient,
      round_off: input.roundOff,
      notes: input.notes || null,
      ...totalsColumns(priced),
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await insertLines(tx, actor.clinicId, id, priced)
  return id
}
