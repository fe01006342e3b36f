import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Tx } from '../server/db/with-clinic.ts'
import { createClinic, type TestClinic } from '../test/factories.ts'
import { inDatabaseAs } from '../test/in-database-as.ts'
import { openTestDatabase, type TestDatabase } from '../test/test-database.ts'

// The periodontal chart's tables (20261204160000_periodontal_chart.sql) as the app role, with
// no route in between: the database keeps the limits and a completed exam immutable itself.

let database: TestDatabase
let clinic: TestClinic
beforeAll(async () => {
  database = await openTestDatabase()
  clinic = await createClinic(database.adminDb, 'Perio Dental')
})
afterAll(() => database.close())

async function draftExam(tx: Tx) {
  const { rows } = await sql<{ id: string; patient_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Perio Test', '1980-01-01', 'male')
      RETURNING id)
    INSERT INTO perio_exams (clinic_id, patient_id, created_by)
    SELECT ${clinic.clinicId}, patient.id, ${clinic.ownerUserId} FROM patient
    RETURNING id, patient_id`.execute(tx)
  const exam = rows[0]
  if (!exam) throw new Error('no exam')
  return exam
}

function errorOf(work: () => Promise<unknown>) {
  return work().then(
    () => 'accepted',
    (error: { code?: string; constraint?: string }) => error.constraint ?? error.code,
  )
}

const asOwner = (work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(database.db, { clinicId: clinic.clinicId, userId: clinic.ownerUserId }, work)

describe('periodontal chart tables', () => {
  it('refuses a completed exam any change, but takes the confirmed stage and grade', async () => {
    const outcome = await asOwner(async (tx) => {
      const exam = await draftExam(tx)
      await sql`INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd, recession)
        VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, 16, 'MB', 5, 1)`.execute(tx)
      await sql`UPDATE perio_sites SET ppd = 6 WHERE exam_id = ${exam.id}`.execute(tx)
      await sql`UPDATE perio_exams SET status = 'completed', completed_at = ${'2026-12-04T10:00:00Z'},
        completed_by = ${clinic.ownerUserId} WHERE id = ${exam.id}`.execute(tx)
      const attempt = async (statement: ReturnType<typeof sql>) => {
        await tx.executeQuery(sql`SAVEPOINT attempt`.compile(tx))
        const result = await errorOf(() => tx.executeQuery(statement.compile(tx)))
        await tx.executeQuery(sql`ROLLBACK TO SAVEPOINT attempt`.compile(tx))
        return result
      }
      return {
        updateSite: await attempt(sql`UPDATE perio_sites SET ppd = 7 WHERE exam_id = ${exam.id}`),
        addSite: await attempt(
          sql`INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd)
            VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, 16, 'B', 3)`,
        ),
        updateExam: await attempt(
          sql`UPDATE perio_exams SET include_implants = true WHERE id = ${exam.id}`,
        ),
        deleteSite: await attempt(sql`DELETE FROM perio_sites WHERE exam_id = ${exam.id}`),
        confirm: await attempt(
          sql`UPDATE perio_exams SET confirmed_stage = 'III', confirmed_grade = 'B',
            confirmed_by = ${clinic.ownerUserId}, confirmed_at = ${'2026-12-04T10:05:00Z'}
            WHERE id = ${exam.id}`,
        ),
      }
    })
    expect(outcome).toEqual({
      updateSite: 'perio_exam_completed',
      addSite: 'perio_exam_completed',
      updateExam: 'perio_exam_completed',
      deleteSite: '42501', // the app role may not delete measurements at all
      confirm: 'accepted',
    })
  })

  it('keeps the limits: PPD 0–15, recession −5..15, furcation on multi-rooted teeth only', async () => {
    const outcome = await asOwner(async (tx) => {
      const exam = await draftExam(tx)
      const site = (tooth: number, ppd: number, recession: number) =>
        sql`INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd, recession)
          VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, ${tooth}, 'B', ${ppd}, ${recession})`
      const tooth = (n: number, furcation: number) =>
        sql`INSERT INTO perio_teeth (clinic_id, exam_id, patient_id, tooth, furcation)
          VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, ${n}, ${furcation})`
      const results: string[] = []
      for (const statement of [
        site(16, 16, 0),
        site(16, 3, -6),
        site(19, 3, 0),
        tooth(11, 2),
        site(11, 15, -5),
        tooth(14, 2),
      ]) {
        await tx.executeQuery(sql`SAVEPOINT attempt`.compile(tx))
        const result = await errorOf(() => tx.executeQuery(statement.compile(tx)))
        await tx.executeQuery(sql`ROLLBACK TO SAVEPOINT attempt`.compile(tx))
        results.push(
          result === 'accepted' ? result : result?.startsWith('perio_') ? result : 'refused',
        )
      }
      return results
    })
    expect(outcome).toEqual([
      'perio_sites_ppd_check',
      'perio_sites_recession_check',
      'perio_sites_tooth_check',
      'perio_teeth_furcation_multi_rooted',
      'accepted',
      'accepted',
    ])
  })
})
