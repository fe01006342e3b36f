import type { Plan } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { presentPlan } from './present.ts'
import { loadPlan } from './queries.ts'

/** The plan as it now stands, presented: what every plan and item route answers with. */
export async function planAnswer(
  tx: Tx,
  patientId: string,
  planId: string,
  cipher?: ClinicCipher,
): Promise<Plan> {
  const loaded = await loadPlan(tx, patientId, planId)
  if (!loaded) throw new AppError('not_found', 'plans.not_found')
  return presentPlan(loaded, cipher)
}

export const ACCESS =
  'Clinical data: owners, admins and doctors write (doctors: patients on their care team, or any patient if the clinic allows); assistants read; receptionists and accountants get 403, and the database refuses them too.'
export const TAGS = ['Treatment plans']
