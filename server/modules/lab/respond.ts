import type { LabCase } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { presentLabCase } from './present.ts'
import { loadCases } from './queries.ts'

/** The case as it now stands, presented: what every case route answers with. */
export async function caseAnswer(tx: Tx, today: string, caseId: string): Promise<LabCase> {
  const [loaded] = await loadCases(tx, today, { caseId })
  if (!loaded) throw new AppError('not_found', 'lab.case_not_found')
  return presentLabCase(loaded)
}

export const TAGS = ['Dental lab']
export const ACCESS =
  'Clinical data (ADR 0011): owners, admins, doctors and assistants (lab.manage) send, receive, fit and remake, for the patients whose records they may read (doctors and assistants: their care teams); receptionists and accountants get 403, and the database refuses them too.'
