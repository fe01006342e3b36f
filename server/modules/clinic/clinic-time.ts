import { todayInZone } from '../../../shared/format/date.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** The current clinic's time zone (Asia/Kolkata unless the clinic says otherwise). */
export async function clinicTimeZone(tx: Tx): Promise<string> {
  const clinic = await tx.selectFrom('clinics').select('time_zone').executeTakeFirstOrThrow()
  return clinic.time_zone
}

/** Today's date, YYYY-MM-DD, where the clinic is: ages and "not in the future" use this. */
export async function clinicToday(tx: Tx, now: Date): Promise<string> {
  return todayInZone(await clinicTimeZone(tx), now)
}
