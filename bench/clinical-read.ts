import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { createDependencies } from '../server/dependencies.ts'
import { openJobQueue } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { signUpClinic, type TestClient } from '../test/http-client.ts'
import { addStaff } from '../test/staff-helpers.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:clinical`: what the care-team rule costs. Registers
 * BENCH_HISTORIES patients (default 500) with a medical history each, puts a
 * doctor on the care team of half of them, then times, through the whole HTTP
 * stack: opening the history as the owner (role alone decides) and as the
 * doctor (care-team lookup), and the patient header with alerts. Then, in SQL,
 * a scan of every history row as each of them, where app_clinical_access() runs
 * once per row (the cost ADR 0011 warns about for lists).
 */
const patientCount = Number(process.env.BENCH_HISTORIES ?? 500)
const requests = Number(process.env.BENCH_QUERIES ?? 300)
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-clinical-'))
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
  const owner = await signUpClinic(app, 'Bench Clinical')
  const doctor = await addStaff(app, deps.outboxDir as string, owner.client, 'doctor')
  const history = {
    conditions: [{ code: 'diabetes' }, { code: 'bleeding_disorder' }],
    allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'severe' }],
    medications: [{ name: 'Warfarin', dose: '5 mg' }],
    habits: { tobacco: 'current', tobaccoForms: ['gutkha'] },
    dentalHistory: { previousTreatments: ['root_canal'] },
    chiefComplaint: 'Pain in lower left molar',
    version: 0,
  }
  const ids: string[] = []
  for (let i = 0; i < patientCount; i += 1) {
    const created = await owner.client.post('/api/v1/patients', {
      fullName: `Bench Patient ${i}`,
      ageYears: 20 + (i % 60),
      sex: i % 2 ? 'male' : 'female',
    })
    const { id } = (await created.json()) as { id: string }
    await expectStatus(owner.client.put(`/api/v1/patients/${id}/history`, history), 200)
    if (i % 2 === 0) {
      await expectStatus(
        owner.client.post(`/api/v1/patients/${id}/care-team`, { userId: doctor.userId }),
        204,
      )
    }
    ids.push(id)
    if (i % 50 === 0) process.stderr.write(`\rset up ${i}/${patientCount}`)
  }
  process.stderr.write('\n')
  const own = ids.filter((_, i) => i % 2 === 0)

  console.log(
    `Clinical access — node ${process.version}, ${os.cpus().length} CPUs, ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${patientCount} patients with histories, doctor on the care team of ${own.length}`,
  )
  const cases: [string, TestClient, (i: number) => string][] = [
    [
      'GET history, owner (role decides)',
      owner.client,
      (i) => `/api/v1/patients/${ids[i % ids.length]}/history`,
    ],
    [
      'GET history, doctor (care team)',
      doctor.client,
      (i) => `/api/v1/patients/${own[i % own.length]}/history`,
    ],
    [
      'GET patient + alerts, doctor',
      doctor.client,
      (i) => `/api/v1/patients/${own[i % own.length]}`,
    ],
    [
      'GET patient, doctor not on team',
      doctor.client,
      (i) => `/api/v1/patients/${ids[(2 * i + 1) % ids.length]}`,
    ],
  ]
  for (const [label, client, pathOf] of cases) {
    for (let i = 0; i < 20; i += 1) await client.get(pathOf(i))
    const times: number[] = []
    for (let i = 0; i < requests; i += 1) {
      const started = performance.now()
      const response = await client.get(pathOf(i))
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`)
      times.push(performance.now() - started)
    }
    print(label, times)
  }

  // Per-row cost of the policy: every history row, as the owner and as the doctor.
  for (const [label, userId] of [
    ['SQL: all histories, owner', owner.userId],
    ['SQL: all histories, doctor', doctor.userId],
  ] as const) {
    const times: number[] = []
    let visible = 0
    for (let i = 0; i < 50; i += 1) {
      const started = performance.now()
      visible = await withClinic(database.db, { clinicId: owner.clinicId, userId }, async (tx) => {
        const { rows } = await sql<{
          n: number
        }>`SELECT count(*)::int AS n FROM medical_histories`.execute(tx)
        return Number(rows[0]?.n)
      })
      times.push(performance.now() - started)
    }
    print(`${label} (${visible} rows seen)`, times)
  }
  await deps.jobs.stop()
  await deps.email.close()
} finally {
  await database.close()
  rmSync(dataDir, { recursive: true, force: true })
}

function print(label: string, times: number[]) {
  const stats = summarize(times)
  console.log(
    `${label.padEnd(44)} p50 ${stats.p50Ms.toFixed(2).padStart(7)} ms   p99 ${stats.p99Ms.toFixed(2).padStart(7)} ms   (${stats.count})`,
  )
}

async function expectStatus(response: Promise<Response>, status: number) {
  const answered = await response
  if (answered.status !== status) throw new Error(`set-up answered ${answered.status}`)
}
