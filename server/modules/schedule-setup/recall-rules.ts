import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { notFound } from './refusals.ts'

const COLUMNS = ['id', 'name', 'interval_months', 'after_type_id', 'is_active'] as const
// The foreign key (clinic_id, after_type_id) admits only this clinic's types.
const unknownType = () =>
  fieldError('validation_failed', 'afterTypeId', 'schedule.recall_type_unknown')

export interface RecallRuleInput {
  name: string
  intervalMonths: number
  afterTypeId: string | null
  isActive: boolean
}

/** The clinic's recall rules, by name. */
export function listRecallRules(tx: Tx) {
  return tx.selectFrom('recall_rules').select(COLUMNS).orderBy('name').orderBy('id').execute()
}

export function createRecallRule(
  tx: Tx,
  session: Session,
  input: Omit<RecallRuleInput, 'isActive' | 'afterTypeId'> & { afterTypeId?: string | null },
) {
  return mapDatabaseErrors(
    tx
      .insertInto('recall_rules')
      .values({
        clinic_id: session.clinicId,
        name: input.name,
        interval_months: input.intervalMonths,
        after_type_id: input.afterTypeId ?? null,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23503': unknownType() },
  )
}

export async function updateRecallRule(tx: Tx, id: string, input: Partial<RecallRuleInput>) {
  const rule = await mapDatabaseErrors(
    tx
      .updateTable('recall_rules')
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.intervalMonths === undefined ? {} : { interval_months: input.intervalMonths }),
        ...(input.afterTypeId === undefined ? {} : { after_type_id: input.afterTypeId }),
        ...(input.isActive === undefined ? {} : { is_active: input.isActive }),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst(),
    { '23503': unknownType() },
  )
  if (!rule) throw notFound('schedule.recall_rule_not_found')
  return rule
}

export const presentRecallRule = (rule: Awaited<ReturnType<typeof listRecallRules>>[number]) => ({
  id: rule.id,
  name: rule.name,
  intervalMonths: rule.interval_months,
  afterTypeId: rule.after_type_id,
  isActive: rule.is_active,
})
