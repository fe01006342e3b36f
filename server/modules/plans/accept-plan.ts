import type { NewAcceptance } from '../../../shared/contracts/plans.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { answerFor } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { renderAcceptancePdf } from '../../lib/pdf/index.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { letterheadOf } from '../clinic/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { storeGeneratedDocument } from '../documents/index.ts'
import { readSignature } from './acceptance-signature.ts'
import {
  documentPatient,
  estimateLanguage,
  renderPlanEstimate,
  sha256Hex,
} from './estimate-document.ts'
import { dropPlannedFindings } from './plan-findings.ts'
import { presentPlan } from './present.ts'
import { type ItemRow, itemsOfPlans, type LoadedPlan, loadPlan, plansOfGroup } from './queries.ts'

/** Age of majority for consent to treatment: Indian Majority Act 1875 s.3 (18 years). */
const MAJORITY_AGE = 18

export interface AcceptTools {
  storage: ObjectStorage
  cipher: ClinicCipher
}

/**
 * The patient (or a minor's guardian) accepts one version of a plan with a drawn signature
 * (issue #11 item 3). What the patient saw is proved by the estimate's SHA-256: the estimate is
 * rendered again and must hash to what the signing screen sent (else 409, the plan changed).
 * Both PDFs are stored with the patient's documents; the acceptance row keeps the exact lines,
 * amounts and hash, and the witness (the person acting). Then the plan and its items are
 * accepted (frozen from now on by the `frozen` trigger), proposed alternatives in its group are
 * superseded, and when it revises an accepted plan, what the old version had not started is
 * cancelled. Every planned chart finding of what is dropped goes too. The route has checked
 * clinical write access to the patient.
 */
export async function acceptPlan(
  tx: Tx,
  tools: AcceptTools,
  actor: Session,
  clinic: { zone: string; today: string; now: Date },
  target: { patientId: string; planId: string },
  input: NewAcceptance,
): Promise<LoadedPlan> {
  const loaded = await loadPlan(tx, target.patientId, target.planId)
  if (!loaded) throw new AppError('not_found', 'plans.not_found')
  if (loaded.plan.status !== 'proposed') {
    throw fieldError('conflict', 'planId', 'plans.accept_not_proposed')
  }
  if (loaded.items.every((item) => item.status !== 'proposed')) {
    throw fieldError('conflict', 'planId', 'plans.accept_no_items')
  }
  const signaturePng = await readSignature(input.signaturePng)
  const patient = await documentPatient(tx, target.patientId)
  if (input.signedBy === 'patient' && ageOn(patient.dateOfBirth, clinic.today) < MAJORITY_AGE) {
    throw fieldError('validation_failed', 'signedBy', 'plans.minor_needs_guardian')
  }

  const plan = presentPlan(loaded)
  const letterhead = await letterheadOf(tx, tools.storage)
  const language = estimateLanguage(input.language, patient)
  const estimate = await renderPlanEstimate({
    plan,
    patient,
    letterhead,
    language,
    zone: clinic.zone,
  })
  if (estimate.sha256 !== input.estimateSha256) {
    throw fieldError('conflict', 'estimateSha256', 'plans.estimate_changed')
  }
  const witnessName = await userName(tx, actor.userId)
  const signed = await renderAcceptancePdf({
    ...estimate.document,
    acceptance: {
      signedBy: input.signedBy,
      signerName: input.guardianName ?? patient.fullName,
      signaturePng,
      witnessName,
      acceptedAt: clinic.now,
      estimateSha256: estimate.sha256,
    },
  })
  const title = `${plan.title} (v${plan.version})`.slice(0, 200)
  const estimateDocument = await storeGeneratedDocument(tx, tools, actor, {
    patientId: target.patientId,
    kind: 'estimate',
    title: `Estimate: ${title}`.slice(0, 200),
    bytes: estimate.bytes,
    sha256: estimate.sha256,
  })
  const signedDocument = await storeGeneratedDocument(tx, tools, actor, {
    patientId: target.patientId,
    kind: 'signed_form',
    title: `Signed acceptance: ${title}`.slice(0, 200),
    bytes: signed,
    sha256: sha256Hex(signed),
  })

  const { totals } = estimate
  try {
    await tx
      .insertInto('treatment_acceptances')
      .values({
        clinic_id: actor.clinicId,
        plan_id: target.planId,
        patient_id: target.patientId,
        plan_version: plan.version,
        signed_by: input.signedBy,
        signer_name_cipher:
          input.guardianName === undefined
            ? null
            : tools.cipher.encrypt('treatment_acceptances.signer_name', input.guardianName),
        // The exact lines and amounts signed, whatever the items become later.
        estimate: JSON.stringify({
          language,
          itemIds: estimate.items.map((item) => item.id),
          lines: estimate.lines,
          totals,
        }),
        subtotal_paise: totals.subtotalPaise,
        discount_paise: totals.discountPaise,
        gst_paise: totals.gstPaise,
        total_paise: totals.totalPaise,
        estimate_sha256: estimate.sha256,
        estimate_document_id: estimateDocument.id,
        signed_document_id: signedDocument.id,
        witnessed_by: actor.userId,
      })
      .execute()
  } catch (error) {
    // Two signing screens racing: the UNIQUE (clinic_id, plan_id) lets one through.
    throw answerFor(error, {
      '23505': fieldError('conflict', 'planId', 'plans.accept_not_proposed'),
    })
  }
  await tx
    .updateTable('treatment_plans')
    .set({ status: 'accepted', status_changed_at: clinic.now })
    .where('id', '=', target.planId)
    .execute()
  await setItemStatus(tx, loaded.items, 'proposed', 'accepted')

  await supersedeAlternatives(tx, actor, loaded, clinic.now)
  if (loaded.plan.revision_of) await retireRevised(tx, actor, loaded, clinic.now)

  const accepted = await loadPlan(tx, target.patientId, target.planId)
  if (!accepted) throw new Error('plans: accepted plan vanished')
  return accepted
}

/** The other proposed plans of the group were the roads not taken. */
async function supersedeAlternatives(tx: Tx, actor: Session, loaded: LoadedPlan, now: Date) {
  const { plan } = loaded
  const others = (await plansOfGroup(tx, plan.patient_id, plan.alternative_group)).filter(
    (other) => other.id !== plan.id && other.status === 'proposed',
  )
  if (others.length === 0) return
  const ids = others.map((other) => other.id)
  // Items first: while their plan is still proposed, the frozen trigger lets anything change.
  const items = await itemsOfPlans(tx, ids)
  await dropPlannedFindings(tx, actor, await setItemStatus(tx, items, 'proposed', 'superseded'))
  await tx
    .updateTable('treatment_plans')
    .set({ status: 'superseded', status_changed_at: now })
    .where('id', 'in', ids)
    .execute()
}

/**
 * Accepting a revision replaces the accepted version it revises: the old version's items not yet
 * started are cancelled (the revision carries them on), and the old plan is superseded unless
 * some of its work is still in progress, which then finishes under the old version.
 */
async function retireRevised(tx: Tx, actor: Session, loaded: LoadedPlan, now: Date) {
  const oldId = loaded.plan.revision_of
  if (!oldId) return
  const oldItems = await itemsOfPlans(tx, [oldId])
  await dropPlannedFindings(tx, actor, await setItemStatus(tx, oldItems, 'accepted', 'cancelled'))
  if (!oldItems.some((item) => item.status === 'in_progress')) {
    await tx
      .updateTable('treatment_plans')
      .set({ status: 'superseded', status_changed_at: now })
      .where('id', '=', oldId)
      .where('status', '=', 'accepted')
      .execute()
  }
}

/** Moves the items in status `from` to `to`; returns them as they now are. */
async function setItemStatus(
  tx: Tx,
  items: readonly ItemRow[],
  from: ItemRow['status'],
  to: ItemRow['status'],
): Promise<ItemRow[]> {
  const moved = items
    .filter((item) => item.status === from)
    .map((item) => ({ ...item, status: to }))
  const ids = moved.map((item) => item.id)
  if (ids.length === 0) return moved
  await tx
    .updateTable('treatment_plan_items')
    .set({ status: to })
    .where('id', 'in', ids)
    .where('status', '=', from)
    .execute()
  return moved
}

async function userName(tx: Tx, userId: string): Promise<string> {
  const row = await tx
    .selectFrom('users')
    .select('full_name')
    .where('id', '=', userId)
    .executeTakeFirst()
  return row?.full_name ?? ''
}
