import { sql } from 'kysely'
import { withClinic } from '../server/db/with-clinic.ts'
import { signUpClinic, type TestClient } from './http-client.ts'
import { addStaff } from './staff-helpers.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/** Monday 23 November 2026, 08:00 in Kolkata: the tests' "now". */
export const NOW = new Date('2026-11-23T02:30:00Z')
/** Tuesday 24 November 2026 at a Kolkata wall time, as an instant with its offset. */
export const tuesday = (time: string) => `2026-11-24T${time}:00+05:30`

export interface SchedulingClinic {
  t: TestApp
  clinicId: string
  owner: { client: TestClient; userId: string }
  doctor: { client: TestClient; userId: string }
  doctor2: { client: TestClient; userId: string }
  reception: { client: TestClient; userId: string }
  accountant: { client: TestClient; userId: string }
  assistant: { client: TestClient; userId: string }
  chairs: [string, string]
  scalingTypeId: string
  patient(name?: string): Promise<string>
}

/**
 * A clinic ready to book: staff of every kind, two chairs, a 30-minute scaling type,
 * and both doctors working Tuesdays 09:00–13:00 and 14:00–18:00 (lunch in between).
 * Set-up writes go straight to the database as the owner; what is tested goes through HTTP.
 */
export async function schedulingClinic(): Promise<SchedulingClinic> {
  const t = await createTestApp()
  t.clock.set(NOW)
  const owner = await signUpClinic(t.app)
  const outbox = t.deps.outboxDir as string
  const add = (role: 'doctor' | 'receptionist' | 'accountant' | 'assistant') =>
    addStaff(t.app, outbox, owner.client, role)
  const [doctor, doctor2, reception, accountant, assistant] = [
    await add('doctor'),
    await add('doctor'),
    await add('receptionist'),
    await add('accountant'),
    await add('assistant'),
  ]
  const setUp = await withClinic(
    t.database.db,
    { clinicId: owner.clinicId, userId: owner.userId },
    async (tx) => {
      const branch = await tx.selectFrom('branches').select('id').executeTakeFirstOrThrow()
      const chairs = await tx
        .insertInto('chairs')
        .values([
          { clinic_id: owner.clinicId, branch_id: branch.id, name: 'Chair 1' },
          { clinic_id: owner.clinicId, branch_id: branch.id, name: 'Chair 2' },
        ])
        .returning('id')
        .execute()
      const type = await tx
        .insertInto('appointment_types')
        .values({
          clinic_id: owner.clinicId,
          name: 'Scaling',
          default_minutes: 30,
          colour: '#2a9d8f',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const userId of [doctor.userId, doctor2.userId]) {
        await sql`
          INSERT INTO working_hours (clinic_id, branch_id, doctor_user_id, weekday, starts_at, ends_at)
          VALUES (${owner.clinicId}, ${branch.id}, ${userId}, 2, '09:00', '13:00'),
                 (${owner.clinicId}, ${branch.id}, ${userId}, 2, '14:00', '18:00')`.execute(tx)
      }
      return { chairs: chairs.map((chair) => chair.id) as [string, string], typeId: type.id }
    },
  )
  let count = 0
  return {
    t,
    clinicId: owner.clinicId,
    owner,
    doctor,
    doctor2,
    reception,
    accountant,
    assistant,
    chairs: setUp.chairs,
    scalingTypeId: setUp.typeId,
    async patient(name = 'Kiran Rao') {
      count += 1
      const response = await reception.client.post('/api/v1/patients', {
        fullName: `${name} ${count}`,
        ageYears: 35,
        sex: 'female',
      })
      if (response.status !== 201) throw new Error(`patient: ${response.status}`)
      return ((await response.json()) as { id: string }).id
    },
  }
}
