import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { notFound } from './refusals.ts'

const COLUMNS = ['id', 'name', 'default_minutes', 'colour', 'is_active'] as const
const duplicate = () => fieldError('conflict', 'name', 'schedule.type_name_taken')

export interface AppointmentTypeInput {
  name: string
  defaultMinutes: number
  colour: string
  isActive: boolean
}

/** Every appointment type of the clinic, by name. */
export function listAppointmentTypes(tx: Tx) {
  return tx.selectFrom('appointment_types').select(COLUMNS).orderBy('name').execute()
}

export function createAppointmentType(
  tx: Tx,
  session: Session,
  input: Omit<AppointmentTypeInput, 'isActive'>,
) {
  return mapDatabaseErrors(
    tx
      .insertInto('appointment_types')
      .values({
        clinic_id: session.clinicId,
        name: input.name,
        default_minutes: input.defaultMinutes,
        colour: input.colour.toLowerCase(),
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': duplicate() },
  )
}

export async function updateAppointmentType(
  tx: Tx,
  id: string,
  input: Partial<AppointmentTypeInput>,
) {
  const type = await mapDatabaseErrors(
    tx
      .updateTable('appointment_types')
      .set({
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.defaultMinutes === undefined ? {} : { default_minutes: input.defaultMinutes }),
        ...(input.colour === undefined ? {} : { colour: input.colour.toLowerCase() }),
        ...(input.isActive === undefined ? {} : { is_active: input.isActive }),
      })
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst(),
    { '23505': duplicate() },
  )
  if (!type) throw notFound('schedule.type_not_found')
  return type
}

export const presentAppointmentType = (
  type: Awaited<ReturnType<typeof listAppointmentTypes>>[number],
) => ({
  id: type.id,
  name: type.name,
  defaultMinutes: type.default_minutes,
  colour: type.colour,
  isActive: type.is_active,
})
