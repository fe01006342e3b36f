import { createRoute } from '@hono/zod-openapi'
import type { ConditionEntry, Habits } from '../../../shared/contracts/history.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  CompletePerioExamSchema,
  ConfirmPerioStagingSchema,
  NewPerioExamSchema,
  PerioCompareQuery,
  PerioComparisonSchema,
  PerioExamListSchema,
  PerioExamParams,
  PerioExamSchema,
  PerioMeasurementsSchema,
  PerioStagingInputsSchema,
} from '../../../shared/contracts/perio.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { can, requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { compareExams } from './compare-exams.ts'
import { completeExam } from './complete-exam.ts'
import { confirmStaging } from './confirm-staging.ts'
import { createExam } from './create-exam.ts'
import { loadExam, loadExams } from './load-exam.ts'
import { presentExam, presentListItem } from './present.ts'
import { examsOfPatient, riskFactorSources, sitesOf, teethOf } from './queries.ts'
import { saveMeasurements } from './save-measurements.ts'
import { stagingInputs } from './staging-inputs.ts'

const ACCESS =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database refuses them too.'
const tags = ['Periodontal chart']

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/perio/exams',
  tags,
  summary: "A patient's periodontal exams with their summaries, newest first (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The exams', ...json(PerioExamListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const createExamRoute = createRoute({
  method: 'post',
  path: '/{id}/perio/exams',
  tags,
  summary:
    'Start a periodontal exam: blank, or a copy of the latest completed one (assistants too)',
  description: `409 perio.no_previous_exam when there is nothing to copy. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewPerioExamSchema) } },
  responses: {
    201: { description: 'The new draft exam', ...json(PerioExamSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const readExamRoute = createRoute({
  method: 'get',
  path: '/{id}/perio/exams/{examId}',
  tags,
  summary: 'One periodontal exam: teeth, sites with CAL, summary (recorded as a read)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PerioExamParams },
  responses: {
    200: { description: 'The exam', ...json(PerioExamSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const saveRoute = createRoute({
  method: 'put',
  path: '/{id}/perio/exams/{examId}/measurements',
  tags,
  summary: 'Save sites and teeth of a draft exam, any number at once (assistants too)',
  description: `Upserts by tooth and site. A site of a tooth marked missing is refused (400 perio.tooth_missing at sites.<n>.tooth); marking a tooth missing clears its sites. 409 perio.exam_completed once completed. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PerioExamParams, body: { required: true, ...json(PerioMeasurementsSchema) } },
  responses: {
    200: { description: 'The exam after the save', ...json(PerioExamSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const completeRoute = createRoute({
  method: 'post',
  path: '/{id}/perio/exams/{examId}/complete',
  tags,
  summary: 'Complete a draft exam; it can never be changed afterwards',
  description: `A confirmed stage and grade need clinical.sign (403 perio.confirm_needs_sign for assistants). 409 perio.exam_completed if already completed. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PerioExamParams, body: { required: true, ...json(CompletePerioExamSchema) } },
  responses: {
    200: { description: 'The completed exam', ...json(PerioExamSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const stagingRoute = createRoute({
  method: 'put',
  path: '/{id}/perio/exams/{examId}/staging',
  tags,
  summary: 'Record the dentist’s confirmed stage and grade (owners, admins, doctors)',
  description:
    'The 2017 AAP/EFP stage and grade the dentist confirms, on a draft or completed exam; both null clears them. Clinical write access to the patient (doctors on the care team).',
  middleware: [sessionRequired],
  request: {
    params: PerioExamParams,
    body: { required: true, ...json(ConfirmPerioStagingSchema) },
  },
  responses: {
    200: { description: 'The exam', ...json(PerioExamSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const compareRoute = createRoute({
  method: 'get',
  path: '/{id}/perio/compare',
  tags,
  summary:
    'Two exams side by side, flagging sites whose attachment worsened by ≥ 2 mm (recorded as a read)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, query: PerioCompareQuery },
  responses: {
    200: { description: 'The comparison', ...json(PerioComparisonSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const stagingInputsRoute = createRoute({
  method: 'get',
  path: '/{id}/perio/staging-inputs',
  tags,
  summary:
    'Age, smoking and diabetes for the 2017 grade, from the patient and the medical history (recorded as a read)',
  description: `Null where unknown, so the screen asks. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The inputs', ...json(PerioStagingInputsSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

export const perioRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const rows = await examsOfPatient(tx, id)
      const ids = rows.map((row) => row.id)
      const teeth = await teethOf(tx, ids)
      const sites = await sitesOf(tx, ids)
      await recordRead(tx, {
        table: 'perio_exams',
        rowId: id,
        patientId: id,
        details: { exams: rows.length },
      })
      const exams = rows.map((row) => presentListItem(presentExam(row, teeth, sites)))
      return c.json({ exams }, 200)
    }),
  )
  .openapi(
    createExamRoute,
    clinicRoute(
      createExamRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const examId = await createExam(tx, actor, id, c.req.valid('json'))
        return c.json(await loadExam(tx, id, examId, { audited: false }), 201)
      },
    ),
  )
  .openapi(
    readExamRoute,
    clinicRoute(readExamRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id, examId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      return c.json(await loadExam(tx, id, examId, { audited: true }), 200)
    }),
  )
  .openapi(
    saveRoute,
    clinicRoute(
      saveRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id, examId } = c.req.valid('param')
        // Entry needs the same per-patient access as reading (an assistant on the care team).
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        await saveMeasurements(tx, actor, id, examId, c.req.valid('json'))
        return c.json(await loadExam(tx, id, examId, { audited: false }), 200)
      },
    ),
  )
  .openapi(
    completeRoute,
    clinicRoute(
      completeRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll, now }) => {
        const { id, examId } = c.req.valid('param')
        const body = c.req.valid('json')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        // Confirming a stage and grade is a diagnosis: the role must sign (not assistants) and
        // have clinical write access to the patient, as for signing a note.
        if (body.confirmedStage !== undefined || body.confirmedGrade !== undefined) {
          if (!can(actor.role, 'clinical.sign')) {
            throw new AppError('forbidden', 'perio.confirm_needs_sign')
          }
          await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        }
        await completeExam(tx, actor, id, examId, body, now)
        return c.json(await loadExam(tx, id, examId, { audited: false }), 200)
      },
    ),
  )
  .openapi(
    stagingRoute,
    clinicRoute(
      stagingRoute,
      { can: 'clinical.sign' },
      async (c, { tx, actor, clinicalAll, now }) => {
        const { id, examId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await confirmStaging(tx, actor, id, examId, c.req.valid('json'), now)
        return c.json(await loadExam(tx, id, examId, { audited: false }), 200)
      },
    ),
  )
  .openapi(
    compareRoute,
    clinicRoute(compareRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      const { from, to } = c.req.valid('query')
      if (from === to) throw fieldError('bad_request', 'to', 'perio.compare_same')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const [before, after] = await loadExams(tx, id, [from, to], { audited: true })
      if (!before || !after) throw new Error('loadExams answers every exam asked for')
      return c.json(compareExams(before, after), 200)
    }),
  )
  .openapi(
    stagingInputsRoute,
    clinicRoute(
      stagingInputsRoute,
      { can: 'clinical.read' },
      async (c, { tx, clinicalAll, today }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const source = await riskFactorSources(tx, id)
        if (!source) throw new Error('requireClinicalPatient found the patient')
        await recordRead(tx, {
          table: 'medical_histories',
          rowId: id,
          patientId: id,
          details: { purpose: 'perio_staging' },
        })
        const inputs = stagingInputs(
          {
            dateOfBirth: source.date_of_birth,
            habits: source.habits as Habits | null,
            conditions: source.conditions as ConditionEntry[] | null,
          },
          today,
        )
        return c.json(inputs, 200)
      },
    ),
  )
