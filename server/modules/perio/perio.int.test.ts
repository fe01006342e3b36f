import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PerioComparison, PerioStagingInputs } from '../../../shared/contracts/perio.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import {
  perioBase as base,
  errorOf,
  newExam,
  register,
  saveMeasurements as save,
  saved,
  site,
  tooth,
} from '../../../test/perio-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fromDatabaseError } from '../../http/database-errors.ts'

let t: TestApp
let clinicId = ''
let ownerId = ''
let owner: TestClient

beforeAll(async () => {
  t = await createTestApp()
  // 00:30 on 2 March in India, still 1 March in UTC: ages go by the clinic's today.
  t.clock.set(new Date('2026-03-01T19:00:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  ownerId = signedUp.userId
  owner = signedUp.client
}, 120_000)
afterAll(() => t.close())

const asOwnerInDatabase = (work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(t.database.db, { clinicId, userId: ownerId }, work)

/** Tooth 16 (six sites, furcation II, mobility I), 11 (shallow), 18 missing, 36 an implant. */
const CHARTING = {
  sites: [
    site(16, 'DB', 5, 1, { bleeding: true }),
    site(16, 'B', 3, 0),
    site(16, 'MB', 6, 2, { bleeding: true, plaque: true }),
    site(16, 'DL', 4, 0),
    site(16, 'L', 2, 0),
    site(16, 'ML', 3, 1, { plaque: true }),
    ...['DB', 'B', 'MB', 'DL', 'L', 'ML'].map((where) =>
      site(11, where, 2, 0, { bleeding: where === 'B' }),
    ),
    site(36, 'MB', 7, 0, { bleeding: true }),
  ],
  teeth: [
    tooth(16, { furcation: 2, mobility: 1 }),
    tooth(18, { missing: true }),
    tooth(36, { implant: true }),
  ],
}

async function chartedExam(id: string, body: object = {}) {
  const exam = await newExam(owner, id, body)
  return saved(await save(owner, id, exam.id, CHARTING))
}

async function completed(id: string, examId: string) {
  const response = await owner.post(`${base(id)}/exams/${examId}/complete`, {})
  expect(response.status).toBe(200)
}

describe('periodontal exams', () => {
  it('starts blank, saves sites and teeth, computes CAL and the summary', async () => {
    const id = await register(owner)
    const blank = await newExam(owner, id)
    expect(blank).toMatchObject({
      status: 'draft',
      includeImplants: false,
      copiedFrom: null,
      createdBy: expect.any(String),
      teeth: [],
      sites: [],
      summary: { sitesProbed: 0, bleedingOnProbingPercent: null, maxPpd: null },
    })
    const exam = await saved(await save(owner, id, blank.id, CHARTING))
    // Every tooth touched has its record; 11 got one from its sites alone.
    expect(exam.teeth.map((t) => t.tooth)).toEqual([11, 16, 18, 36])
    expect(exam.sites.filter((s) => s.tooth === 16).map((s) => [s.site, s.cal])).toEqual([
      ['DB', 6],
      ['B', 3],
      ['MB', 8],
      ['DL', 4],
      ['L', 2],
      ['ML', 4],
    ])
    // Implants are not counted unless the exam says so: 12 sites of 11 and 16.
    expect(exam.summary).toEqual({
      teethPresent: 2,
      sitesProbed: 12,
      bleedingOnProbingPercent: 25,
      plaquePercent: 16.7,
      sitesPpd4OrMore: 3,
      sitesPpd6OrMore: 1,
      maxPpd: 6,
      worstInterdentalCal: { tooth: 16, site: 'MB', cal: 8 },
      maxFurcation: 2,
      maxMobility: 1,
    })
    // A second save changes only what it names (an upsert by tooth and site).
    const again = await saved(
      await save(owner, id, blank.id, { sites: [site(16, 'B', 4, null, { suppuration: true })] }),
    )
    expect(again.sites.find((s) => s.tooth === 16 && s.site === 'B')).toEqual({
      tooth: 16,
      site: 'B',
      ppd: 4,
      recession: null,
      cal: null,
      bleeding: false,
      suppuration: true,
      plaque: false,
    })
    expect(again.sites).toHaveLength(13)
    const read = await owner.get(`${base(id)}/exams/${blank.id}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toEqual(again)
  })

  it('refuses sites of a missing tooth, naming the site; marking a tooth missing clears its sites', async () => {
    const id = await register(owner)
    const exam = await chartedExam(id)
    const onMissing = await save(owner, id, exam.id, { sites: [site(18, 'B', 3, 0)] })
    expect(onMissing.status).toBe(400)
    expect(await errorOf(onMissing)).toMatchObject({
      reason: 'perio.tooth_missing',
      field: 'sites.0.tooth',
    })
    // Missing in the same save counts too, and nothing of a refused save is kept.
    const sameSave = await save(owner, id, exam.id, {
      teeth: [tooth(17, { missing: true })],
      sites: [site(15, 'B', 2, 0), site(17, 'B', 3, 0)],
    })
    expect(sameSave.status).toBe(400)
    expect((await errorOf(sameSave)).field).toBe('sites.1.tooth')
    const unchanged = (await (
      await owner.get(`${base(id)}/exams/${exam.id}`)
    ).json()) as typeof exam
    expect(unchanged.teeth.map((t) => t.tooth)).toEqual([11, 16, 18, 36])
    expect(unchanged.sites).toHaveLength(13)

    const extracted = await saved(
      await save(owner, id, exam.id, { teeth: [tooth(16, { missing: true })] }),
    )
    expect(
      extracted.sites.filter((s) => s.tooth === 16).every((s) => s.ppd === null && !s.bleeding),
    ).toBe(true)
    expect(extracted.summary).toMatchObject({
      teethPresent: 1,
      sitesProbed: 6,
      maxPpd: 2,
      maxFurcation: null,
    })
  })

  it.each([
    [{ sites: [site(16, 'MB', 16, 0)] }, 'sites.0.ppd'],
    [{ sites: [site(16, 'MB', 4, -6)] }, 'sites.0.recession'],
    [{ sites: [site(19, 'MB', 4, 0)] }, 'sites.0.tooth'],
    [{ sites: [site(16, 'M', 4, 0)] }, 'sites.0.site'],
    [{ teeth: [tooth(11, { furcation: 1 })] }, 'teeth.0.furcation'],
    [{ teeth: [tooth(45, { furcation: 2 })] }, 'teeth.0.furcation'],
    [{ teeth: [tooth(16, { mobility: 4 })] }, 'teeth.0.mobility'],
    [{ teeth: [tooth(16, { missing: true, implant: true })] }, 'teeth.0.implant'],
    [{ sites: [site(16, 'MB', 4, 0), site(16, 'MB', 5, 0)] }, 'sites.1'],
  ])('refuses %j naming %s, and changes nothing', async (body, field) => {
    const id = await register(owner)
    const exam = await newExam(owner, id)
    const response = await save(owner, id, exam.id, body)
    expect(response.status).toBe(400)
    expect((await errorOf(response)).field).toBe(field)
    const after = (await (await owner.get(`${base(id)}/exams/${exam.id}`)).json()) as typeof exam
    expect([after.teeth, after.sites]).toEqual([[], []])
  })

  it('a completed exam is never changed: 409 through the API, refused by the database', async () => {
    const id = await register(owner)
    const exam = await chartedExam(id)
    t.clock.advance(5 * 60_000)
    const done = await owner.post(`${base(id)}/exams/${exam.id}/complete`, {})
    expect(done.status).toBe(200)
    const body = (await done.json()) as typeof exam
    expect(body).toMatchObject({
      status: 'completed',
      completedAt: t.clock().toISOString(),
      completedBy: expect.any(String),
      confirmedStage: null,
    })

    const change = await save(owner, id, exam.id, { sites: [site(16, 'MB', 3, 0)] })
    expect(change.status).toBe(409)
    expect((await errorOf(change)).reason).toBe('perio.exam_completed')
    const twice = await owner.post(`${base(id)}/exams/${exam.id}/complete`, {})
    expect(twice.status).toBe(409)
    expect(await (await owner.get(`${base(id)}/exams/${exam.id}`)).json()).toEqual(body)

    // As the app role, no route in between: the trigger refuses, and its constraint maps to 409.
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await asOwnerInDatabase((tx) => statement.execute(tx)).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: '23514', constraint: 'perio_exam_completed' })
      expect(fromDatabaseError(error)).toMatchObject({
        status: 409,
        reason: 'perio.exam_completed',
      })
    }
    await refusal(sql`UPDATE perio_sites SET ppd = 3 WHERE exam_id = ${exam.id}`)
    await refusal(sql`UPDATE perio_teeth SET mobility = 3 WHERE exam_id = ${exam.id}`)
    await refusal(sql`UPDATE perio_exams SET include_implants = true WHERE id = ${exam.id}`)
    await refusal(
      sql`INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd)
          VALUES (${clinicId}, ${exam.id}, ${id}, 21, 'B', 2)`,
    )
    expect(await (await owner.get(`${base(id)}/exams/${exam.id}`)).json()).toEqual(body)
  })

  it('copies the latest completed exam, missing teeth and implants included, implants counted if asked', async () => {
    const id = await register(owner)
    const none = await owner.post(`${base(id)}/exams`, { copyFrom: 'previous' })
    expect(none.status).toBe(409)
    expect((await errorOf(none)).reason).toBe('perio.no_previous_exam')

    t.clock.advance(60_000)
    const first = await chartedExam(id)
    await completed(id, first.id)
    // A later draft is not what a copy starts from: only a completed exam is.
    t.clock.advance(60_000)
    const draft = await newExam(owner, id)
    await saved(await save(owner, id, draft.id, { sites: [site(21, 'B', 9, 0)] }))

    t.clock.advance(60_000)
    const copy = await newExam(owner, id, { copyFrom: 'previous', includeImplants: true })
    expect(copy.copiedFrom).toBe(first.id)
    expect(copy.status).toBe('draft')
    expect(copy.teeth).toEqual(first.teeth)
    expect(copy.sites).toEqual(first.sites)
    expect(copy.teeth.find((t) => t.tooth === 18)?.missing).toBe(true)
    // The implant's 7 mm site now counts.
    expect(copy.summary).toMatchObject({ sitesProbed: 13, maxPpd: 7, teethPresent: 2 })
    // The copy is a draft of its own: changing it leaves the original alone.
    await saved(await save(owner, id, copy.id, { sites: [site(16, 'MB', 2, 0)] }))
    const original = (await (
      await owner.get(`${base(id)}/exams/${first.id}`)
    ).json()) as typeof first
    expect(original.sites.find((s) => s.tooth === 16 && s.site === 'MB')?.ppd).toBe(6)

    const list = await owner.get(`${base(id)}/exams`)
    expect(list.status).toBe(200)
    const { exams } = (await list.json()) as { exams: (typeof first)[] }
    expect(exams.map((exam) => [exam.id, exam.status])).toEqual([
      [copy.id, 'draft'],
      [draft.id, 'draft'],
      [first.id, 'completed'],
    ])
    expect(exams[2]?.summary.maxPpd).toBe(6)
    expect(exams[0]).not.toHaveProperty('sites')
  })

  it('refuses an appointment of no one of this patient, naming the field', async () => {
    const id = await register(owner)
    const response = await owner.post(`${base(id)}/exams`, {
      appointmentId: '00000000-0000-4000-8000-000000000000',
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({
      reason: 'perio.appointment_unknown',
      field: 'appointmentId',
    })
    expect(((await (await owner.get(`${base(id)}/exams`)).json()) as { exams: [] }).exams).toEqual(
      [],
    )
  })

  it('compares two exams site by site and flags attachment loss of 2 mm or more', async () => {
    const id = await register(owner)
    const before = await chartedExam(id)
    await completed(id, before.id)
    const after = await newExam(owner, id, { copyFrom: 'previous' })
    await saved(
      await save(owner, id, after.id, {
        sites: [
          site(16, 'MB', 6, 4), // CAL 8 → 10: lost 2 mm
          site(16, 'DB', 6, 1), // CAL 6 → 7: 1 mm, within probing error
          site(11, 'B', 4, 1), // CAL 2 → 5: lost 3 mm
          site(11, 'L', 1, 0), // CAL 2 → 1: gained
          site(21, 'B', 3, 0), // new in the later exam
        ],
        teeth: [tooth(16, { furcation: 3, mobility: 2 })],
      }),
    )
    const response = await owner.get(`${base(id)}/compare?from=${before.id}&to=${after.id}`)
    expect(response.status).toBe(200)
    const comparison = (await response.json()) as PerioComparison
    expect(comparison.from.id).toBe(before.id)
    expect(comparison.to.id).toBe(after.id)
    const at = (n: number, where: string) =>
      comparison.sites.find((s) => s.tooth === n && s.site === where)
    expect(at(16, 'MB')).toMatchObject({
      calChange: 2,
      calWorsened: true,
      from: { cal: 8 },
      to: { cal: 10 },
    })
    expect(at(16, 'DB')).toMatchObject({ calChange: 1, calWorsened: false })
    expect(at(11, 'B')).toMatchObject({ calChange: 3, calWorsened: true })
    expect(at(11, 'L')).toMatchObject({ calChange: -1, calWorsened: false })
    expect(at(21, 'B')).toMatchObject({ from: null, calChange: null, calWorsened: false })
    expect(comparison.sitesCalWorsened).toBe(2)
    expect(comparison.teeth.find((t) => t.tooth === 16)).toEqual({
      tooth: 16,
      from: { missing: false, implant: false, mobility: 1, furcation: 2 },
      to: { missing: false, implant: false, mobility: 2, furcation: 3 },
    })
    // Sites come by tooth, then in probing-site order.
    expect(comparison.sites.slice(0, 6).map((s) => `${s.tooth}${s.site}`)).toEqual([
      '11DB',
      '11B',
      '11MB',
      '11DL',
      '11L',
      '11ML',
    ])

    const same = await owner.get(`${base(id)}/compare?from=${before.id}&to=${before.id}`)
    expect(same.status).toBe(400)
    expect((await errorOf(same)).field).toBe('to')
    const stranger = await register(owner)
    const elsewhere = await newExam(owner, stranger)
    const mixed = await owner.get(`${base(id)}/compare?from=${before.id}&to=${elsewhere.id}`)
    expect(mixed.status).toBe(404)
    expect((await errorOf(mixed)).reason).toBe('perio.exam_not_found')
  })
})

describe('staging inputs from the medical history', () => {
  const inputsOf = async (id: string) => {
    const response = await owner.get(`${base(id)}/staging-inputs`)
    expect(response.status).toBe(200)
    return (await response.json()) as PerioStagingInputs
  }
  let version = 0
  const saveHistory = async (id: string, habits: object, conditions: object[]) => {
    const response = await owner.put(`/api/v1/patients/${id}/history`, {
      conditions,
      allergies: [],
      medications: [],
      habits,
      dentalHistory: {},
      chiefComplaint: null,
      version,
    })
    expect(response.status).toBe(200)
    version += 1
  }

  it('maps smoking and diabetes, and says null where the history does not tell', async () => {
    // Born on 2 March: 46 today in India, though it is still 1 March in UTC.
    expect((await inputsOf(await register(owner, '1980-03-03'))).age).toBe(45)
    const id = await register(owner, '1980-03-02')
    // No history yet: the age only.
    expect(await inputsOf(id)).toEqual({
      age: 46,
      cigarettesPerDay: null,
      formerSmoker: false,
      diabetes: null,
      hba1c: null,
    })
    version = 0
    await saveHistory(id, { tobacco: 'current', tobaccoForms: ['smoking'], cigarettesPerDay: 12 }, [
      { code: 'diabetes', hba1cPercent: 7.4 },
      { code: 'hypertension' },
    ])
    expect(await inputsOf(id)).toMatchObject({ cigarettesPerDay: 12, diabetes: true, hba1c: 7.4 })
    await saveHistory(id, { tobacco: 'current', tobaccoForms: ['smoking', 'gutkha'] }, [
      { code: 'diabetes' },
    ])
    expect(await inputsOf(id)).toMatchObject({
      cigarettesPerDay: null,
      diabetes: true,
      hba1c: null,
    })
    await saveHistory(id, { tobacco: 'current', tobaccoForms: ['gutkha'] }, [])
    expect(await inputsOf(id)).toMatchObject({ cigarettesPerDay: 0, diabetes: false, hba1c: null })
    await saveHistory(id, { tobacco: 'former', tobaccoForms: ['smoking'] }, [])
    expect(await inputsOf(id)).toMatchObject({ cigarettesPerDay: 0, formerSmoker: true })
    await saveHistory(id, { tobacco: 'never' }, [])
    expect(await inputsOf(id)).toMatchObject({ cigarettesPerDay: 0, formerSmoker: false })
    await saveHistory(id, {}, [])
    expect(await inputsOf(id)).toMatchObject({ cigarettesPerDay: null, diabetes: false })
  })
})
