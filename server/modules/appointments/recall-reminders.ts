import { type Kysely, sql } from 'kysely'
import { todayInZone } from '../../../shared/format/date.ts'
import { addDays } from '../../../shared/scheduling/clinic-time.ts'
import type { Database } from '../../db/schema.ts'
import { withClinicAsSystem } from '../../db/with-clinic.ts'
import type { JobHandler, JobQueue } from '../../jobs/index.ts'
import { planPatientMessage } from '../messaging/index.ts'
import { recallsDueBetween } from './recalls.ts'

/**
 * A recall falling due is told once; a reminder is still sent for up to this many days after
 * (the worker was down, the patient agreed to recall messages a week later), never for recalls
 * overdue for longer: a first run must not write to everyone who last came years ago.
 */
export const RECALL_REMINDER_GRACE_DAYS = 30

/** One reminder per recall falling due: the rule, the patient and the due date. */
export function recallReminderKey(recall: {
  ruleId: string
  patient: { id: string }
  dueOn: string
}): string {
  return `recall:${recall.ruleId}:${recall.patient.id}:${recall.dueOn}`
}

/** What the recall job may do for a clinic: read the recall list and plan messages. */
const RECALL_CAPABILITIES = [
  'patient.read',
  'schedule.read',
  'schedule.all_doctors',
  'messaging.send',
]

export interface RecallReport {
  clinics: number
  planned: number
}

/**
 * The daily recall reminders (issue #14 item 4, PRODUCT.md §9): for each clinic with recall rules
 * on, every patient due for a recall (today, or in the last 30 days) with nothing booked ahead is
 * sent a recall_reminder, once per recall falling due (the key names the rule, the patient and the
 * due date), only with consent to recall campaigns and to a channel. Clinic by clinic, each under
 * its own RLS as the system.
 */
export async function planRecallReminders(
  services: { db: Kysely<Database>; jobs: JobQueue },
  now: Date,
): Promise<RecallReport> {
  const { rows } = await sql<{ clinic_id: string }>`
    SELECT clinic_id FROM messaging_recall_clinics() AS clinic_id`.execute(services.db)
  const report: RecallReport = { clinics: rows.length, planned: 0 }
  for (const { clinic_id: clinicId } of rows) {
    report.planned += await withClinicAsSystem(
      services.db,
      { clinicId, capabilities: RECALL_CAPABILITIES, now },
      async (tx) => {
        const clinic = await tx.selectFrom('clinics').select('time_zone').executeTakeFirstOrThrow()
        const zone = clinic.time_zone
        const today = todayInZone(zone, now)
        const due = await recallsDueBetween(
          tx,
          { zone, now },
          { from: addDays(today, -RECALL_REMINDER_GRACE_DAYS), until: today },
        )
        let planned = 0
        for (const recall of due) {
          const outcome = await planPatientMessage(tx, services.jobs, {
            patientId: recall.patient.id,
            kind: 'recall_reminder',
            subject: { recallRuleId: recall.ruleId },
            idempotencyKey: recallReminderKey(recall),
            now,
            zone,
            purpose: 'purpose.recall_campaigns',
          })
          if (outcome.planned) planned += 1
        }
        return planned
      },
    )
  }
  return report
}

/** The daily recall job (queue `recalls`, scheduled by the worker). */
export function recallJobHandler(services: {
  db: Kysely<Database>
  jobs: JobQueue
  clock: () => Date
}): JobHandler {
  return async () => {
    await planRecallReminders(services, services.clock())
  }
}
