import { createRoute, z } from '@hono/zod-openapi'
import {
  DraftListSchema,
  EditNoteSchema,
  NewAddendumSchema,
  NewNoteSchema,
  NoteListSchema,
  NoteParams,
  NoteSchema,
  NoteVerificationSchema,
  SignNoteSchema,
} from '../../../shared/contracts/notes.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { addAddendum } from './add-addendum.ts'
import { createDraft } from './create-draft.ts'
import { deleteDraft } from './delete-draft.ts'
import { editDraft } from './edit-draft.ts'
import { loadNote } from './load-note.ts'
import { presentNote } from './present.ts'
import { addendaOf, draftsOf, notesOfPatient } from './queries.ts'
import { signNote } from './sign-note.ts'
import { verifyNote } from './verify-note.ts'

const ACCESS =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database refuses them too.'
const tags = ['Clinical notes']

async function noteResponse(tx: Tx, patientId: string, noteId: string) {
  const row = await loadNote(tx, patientId, noteId)
  return presentNote(row, await addendaOf(tx, [noteId]))
}

const listRoute = createRoute({
  method: 'get',
  path: '/{id}/notes',
  tags,
  summary: "A patient's notes with their state, hash and addenda (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'Notes, newest visit first', ...json(NoteListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const createRouteDef = createRoute({
  method: 'post',
  path: '/{id}/notes',
  tags,
  summary: 'Start a draft note (assistants too)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewNoteSchema) } },
  responses: {
    201: { description: 'The draft', ...json(NoteSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const editRoute = createRoute({
  method: 'put',
  path: '/{id}/notes/{noteId}',
  tags,
  summary: 'Save a draft note',
  description: `Send the version you edited; 409 if someone saved a newer one or the note is signed. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: NoteParams, body: { required: true, ...json(EditNoteSchema) } },
  responses: {
    200: { description: 'The saved draft', ...json(NoteSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}/notes/{noteId}',
  tags,
  summary: 'Delete a draft (its author only; never a signed note)',
  middleware: [sessionRequired],
  request: { params: NoteParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})
const signRoute = createRoute({
  method: 'post',
  path: '/{id}/notes/{noteId}/sign',
  tags,
  summary: 'Sign a draft note: locks it and stores its SHA-256 (not assistants)',
  description:
    'Owners, admins and doctors with clinical write access to the patient. The version is the one you read; 409 if it changed.',
  middleware: [sessionRequired],
  request: { params: NoteParams, body: { required: true, ...json(SignNoteSchema) } },
  responses: {
    200: { description: 'The signed note', ...json(NoteSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const addendumRoute = createRoute({
  method: 'post',
  path: '/{id}/notes/{noteId}/addenda',
  tags,
  summary: 'Add a signed addendum (a correction) under a signed note',
  middleware: [sessionRequired],
  request: { params: NoteParams, body: { required: true, ...json(NewAddendumSchema) } },
  responses: {
    201: { description: 'The note with its addenda', ...json(NoteSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const verifyRoute = createRoute({
  method: 'get',
  path: '/{id}/notes/{noteId}/verify',
  tags,
  summary: "Recompute a signed note's hash (and its addenda's) from what is stored",
  description: `valid is false for a draft or for content that no longer matches its hash. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: NoteParams },
  responses: {
    200: { description: 'Whether the hashes match', ...json(NoteVerificationSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

export const patientNoteRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const rows = await notesOfPatient(tx, id)
      const addenda = await addendaOf(
        tx,
        rows.map((row) => row.id),
      )
      await recordRead(tx, {
        table: 'clinical_notes',
        rowId: id,
        patientId: id,
        details: { notes: rows.length },
      })
      return c.json({ notes: rows.map((row) => presentNote(row, addenda)) }, 200)
    }),
  )
  .openapi(
    createRouteDef,
    clinicRoute(
      createRouteDef,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll, today }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const noteId = await createDraft(tx, actor, id, today, c.req.valid('json'))
        return c.json(await noteResponse(tx, id, noteId), 201)
      },
    ),
  )
  .openapi(
    editRoute,
    clinicRoute(editRoute, { can: 'clinical.chart_entry' }, async (c, { tx, clinicalAll }) => {
      const { id, noteId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      await editDraft(tx, id, noteId, c.req.valid('json'))
      return c.json(await noteResponse(tx, id, noteId), 200)
    }),
  )
  .openapi(
    deleteRoute,
    clinicRoute(
      deleteRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id, noteId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        await deleteDraft(tx, actor, id, noteId)
        return c.body(null, 204)
      },
    ),
  )
  .openapi(
    signRoute,
    clinicRoute(signRoute, { can: 'clinical.sign' }, async (c, { tx, actor, clinicalAll, now }) => {
      const { id, noteId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
      await signNote(tx, actor, id, noteId, c.req.valid('json').version, now)
      return c.json(await noteResponse(tx, id, noteId), 200)
    }),
  )
  .openapi(
    addendumRoute,
    clinicRoute(
      addendumRoute,
      { can: 'clinical.sign' },
      async (c, { tx, actor, clinicalAll, now }) => {
        const { id, noteId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await addAddendum(tx, actor, id, noteId, c.req.valid('json').text, now)
        return c.json(await noteResponse(tx, id, noteId), 201)
      },
    ),
  )
  .openapi(
    verifyRoute,
    clinicRoute(verifyRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id, noteId } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const result = await verifyNote(tx, id, noteId)
      await recordRead(tx, { table: 'clinical_notes', rowId: noteId, patientId: id })
      return c.json(result, 200)
    }),
  )

const draftsRoute = createRoute({
  method: 'get',
  path: '/drafts',
  tags,
  summary: 'My unsigned drafts, across patients',
  middleware: [sessionRequired],
  request: { query: z.object({}) },
  responses: {
    200: { description: 'Drafts, most recently edited first', ...json(DraftListSchema) },
    ...errorResponses(401, 403),
  },
})

export const noteRoutes = createRouter().openapi(
  draftsRoute,
  clinicRoute(draftsRoute, { can: 'clinical.chart_entry' }, async (c, { tx, actor }) => {
    const rows = await draftsOf(tx, actor.userId)
    await recordRead(tx, {
      table: 'clinical_notes',
      rowId: actor.userId,
      details: { drafts: rows.length },
    })
    return c.json(
      {
        drafts: rows.map((row) => ({
          id: row.id,
          patientId: row.patient_id,
          patientName: row.full_name,
          visitDate: row.visit_date,
          version: row.version,
          updatedAt: new Date(row.updated_at).toISOString(),
        })),
      },
      200,
    )
  }),
)
