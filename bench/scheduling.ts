import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { withOwner } from '../server/db/with-owner.ts'
import { createDependencies } from '../server/dependencies.ts'
import { openJobQueue } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { signUpClinic, type TestClient } from '../test/http-client.ts'
import { addStaff } from '../test/staff-helpers.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:scheduling`: a clinic with BENCH_DOCTORS (10) doctors and 200
 * appointments a day over BENCH_DAYS (365) days of history. Times, through the whole
 * HTTP stack: the day view (GET /appointments for one day, ~200 rows with names), one
 * doctor's day, free slots, and booking throughput, one at a time and 10 at once
 * (distinct slots, so every booking succeeds and each pays for the collision and hours checks
 * and the exclusion constraints).
 */
const doctorCount = Number(process.env.BENCH_DOCTORS ?? 10)
const days = Number(process.env.BENCH_DAYS ?? 365)
const perDoctorPerDay = 20
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-scheduling-'))
const config = {
  ...loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  dataDir,
}
const database = await openDatabase(config)
try {
  // The queue is opened (invitations enqueue their email) but not worked: benches time requests.
  const jobs = await openJobQueue(database.jobs, createLogger('silent'))
  const deps = createDependencies(config, database.db, createLogger('silent'), { jobs })
  const app = buildApp(deps)
  const owner = await signUpClinic(app, 'Bench Scheduling')
  const desk = (await addStaff(app, deps.outboxDir as string, owner.client, 'receptionist')).client
  const doctors: string[] = []
  for (let i = 0; i < doctorCount; i += 1) {
    doctors.push((await addStaff(app, deps.outboxDir as string, owner.client, 'doctor')).userId)
  }
  const started = performance.now()
  await withClinic(database.db, { clinicId: owner.clinicId, userId: owner.userId }, async (tx) => {
    await sql`
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      SELECT ${owner.clinicId}, n, 'Bench Patient ' || n, DATE '1980-01-01' + (n % 9000), 'female'
      FROM generate_series(1, 5000) n`.execute(tx)
    await sql`
      INSERT INTO clinic_counters (clinic_id, name, last_value) VALUES (${owner.clinicId}, 'patient_number', 5000)
      ON CONFLICT (clinic_id, name) DO UPDATE SET last_value = 5000`.execute(tx)
    // Working hours every day 09:00-17:00 for each doctor, so the hours check has work to do.
    await sql`
      INSERT INTO working_hours (clinic_id, branch_id, doctor_user_id, weekday, starts_at, ends_at)
      SELECT ${owner.clinicId}, b.id, d, w, '09:00', '17:00'
      FROM branches b, unnest(${doctors}::uuid[]) d, generate_series(0, 6) w`.execute(tx)
    // History: each doctor sees 20 patients a day, every 20 minutes from 09:00 (Kolkata).
    await sql`
      INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at, ends_at, status)
      SELECT ${owner.clinicId}, b.id, p.id, d.doctor, slot.at, slot.at + interval '20 minutes', 'completed'
      FROM branches b,
           generate_series(1, ${days}) day,
           unnest(${doctors}::uuid[]) WITH ORDINALITY d (doctor, k),
           generate_series(0, ${perDoctorPerDay - 1}) i,
           LATERAL (SELECT ((CURRENT_DATE - day) + time '09:00' + i * interval '20 minutes')
                             AT TIME ZONE 'Asia/Kolkata' AS at) slot,
           LATERAL (SELECT id FROM patients WHERE patient_number = 1 + ((day * 200 + k * 20 + i) % 5000)) p`.execute(
      tx,
    )
  })
  const seedSeconds = (performance.now() - started) / 1000
  await analyze()

  const historyDay = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
  const [{ id: patientId }] = (await (
    await desk.post('/api/v1/patients/search', { q: 'P-000042' })
  ).json()) as [{ id: string }]
  console.log(
    `Scheduling — node ${process.version}, ${os.cpus().length} CPUs, ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${doctorCount} doctors, ${(doctorCount * perDoctorPerDay * days).toLocaleString('en-IN')} appointments over ${days} days (seeded in ${seedSeconds.toFixed(0)} s)`,
  )
  await time('day view, all doctors (~200 appointments)', 100, () =>
    desk.get(`/api/v1/appointments?from=${historyDay}`),
  )
  await time("one doctor's week", 100, () =>
    desk.get(
      `/api/v1/appointments?from=${historyDay}&to=${addDays(historyDay, 6)}&doctorUserId=${doctors[0]}`,
    ),
  )
  await time('free slots, one doctor, one day', 100, () =>
    desk.get(
      `/api/v1/appointments/free-slots?doctorUserId=${doctors[1]}&date=${addDays(today(), 2)}&durationMinutes=30`,
    ),
  )

  // Booking throughput: future days, distinct slots per doctor.
  let next = 0
  const book = (client: TestClient) => {
    const n = next
    next += 1
    const doctor = doctors[n % doctors.length]
    const dayOffset = 10 + Math.floor(n / (doctors.length * 24))
    const slotIndex = Math.floor(n / doctors.length) % 24
    const minutes = 9 * 60 + slotIndex * 20
    const at = `${addDays(today(), dayOffset)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+05:30`
    return client.post('/api/v1/appointments', {
      patientId,
      doctorUserId: doctor,
      startsAt: at,
      durationMinutes: 20,
    })
  }
  for (const concurrency of [1, 10]) {
    const count = 400
    const times: number[] = []
    const began = performance.now()
    let issued = 0
    const worker = async () => {
      while (issued < count) {
        issued += 1
        const t0 = performance.now()
        const response = await book(desk)
        await response.arrayBuffer()
        if (response.status !== 201) throw new Error(`booking answered ${response.status}`)
        times.push(performance.now() - t0)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const seconds = (performance.now() - began) / 1000
    const stats = summarize(times)
    console.log(
      `${`booking, ${concurrency} at a time`.padEnd(44)} ${(count / seconds).toFixed(0).padStart(5)} bookings/s   p50 ${stats.p50Ms.toFixed(1)} ms   p99 ${stats.p99Ms.toFixed(1)} ms`,
    )
  }
  await deps.jobs.stop()
  await deps.email.close()
} finally {
  await database.close()
  rmSync(dataDir, { recursive: true, force: true })
}

async function time(label: string, count: number, request: () => Promise<Response>) {
  for (let i = 0; i < 10; i += 1) await (await request()).arrayBuffer()
  const times: number[] = []
  let rows = 0
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now()
    const response = await request()
    const body = (await response.json()) as unknown
    if (response.status !== 200) throw new Error(`${label}: ${response.status}`)
    times.push(performance.now() - t0)
    rows = Array.isArray(body) ? body.length : ((body as { slots?: unknown[] }).slots?.length ?? 0)
  }
  const stats = summarize(times)
  console.log(
    `${`${label} [${rows} rows]`.padEnd(44)} p50 ${stats.p50Ms.toFixed(1).padStart(6)} ms   p99 ${stats.p99Ms.toFixed(1).padStart(6)} ms`,
  )
}

async function analyze() {
  if (config.databaseUrl) {
    const admin = new pg.Client({ connectionString: config.databaseUrl })
    await admin.connect()
    await admin.query('ANALYZE appointments; ANALYZE patients')
    await admin.end()
  } else {
    await withOwner(database.db, 'the benchmark refreshes planner statistics', (tx) =>
      sql`ANALYZE appointments`.execute(tx),
    )
  }
}

function today() {
  return new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 10)
}

function addDays(date: string, count: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10)
}
