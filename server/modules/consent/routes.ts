import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicToday } from '../clinic/index.ts'
import { consentState, giveConsent, withdrawConsent } from './consent-ledger.ts'
import { currentNotice, type NoticeRow, publishNotice } from './notices.ts'
import {
  ConsentStateSchema,
  GiveConsentSchema,
  NoticeSchema,
  PublishNoticeSchema,
  WithdrawConsentSchema,
} from './schemas.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = [requireSession()]
const PatientParam = z.object({ id: z.uuid() })

const presentNotice = (row: NoticeRow) => ({
  id: row.id,
  version: Number(row.version),
  language: row.language,
  content: row.content,
  contentHash: row.content_hash,
  publishedAt: new Date(row.published_at).toISOString(),
})

function inClinic<T>(c: Context<AppEnv>, work: (tx: Tx, today: string) => Promise<T>) {
  return withClinic(c.var.deps.db, tenantOf(c), async (tx) =>
    work(tx, await clinicToday(tx, c.var.deps.clock())),
  )
}

/** The clinic's consent notice (mounted at /consent). */
export const consentNoticeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/notice',
      tags: ['Consent'],
      summary: 'The current consent notice in a language',
      middleware: signedIn,
      request: {
        query: z.object({
          language: z
            .string()
            .max(2)
            .regex(/^[a-z]{2}$/)
            .default('en'),
        }),
      },
      responses: {
        200: { description: 'The current notice', ...json(NoticeSchema) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'patient.read')
      const { language } = c.req.valid('query')
      const notice = await inClinic(c, (tx) => currentNotice(tx, sessionOf(c).clinicId, language))
      return c.json(presentNotice(notice), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notices',
      tags: ['Consent'],
      summary: 'Publish a new notice version (earlier versions are kept)',
      middleware: signedIn,
      request: { body: { required: true, ...json(PublishNoticeSchema) } },
      responses: {
        201: {
          description: 'The published notice, one per language',
          ...json(z.array(NoticeSchema)),
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { languages } = c.req.valid('json')
      const published = await inClinic(c, async (tx) => {
        await currentNotice(tx, sessionOf(c).clinicId, 'en')
        return publishNotice(tx, sessionOf(c), languages)
      })
      return c.json(published.map(presentNotice), 201)
    },
  )

/** A patient's consent (mounted at /patients). */
export const patientConsentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/consent',
      tags: ['Consent'],
      summary: "A patient's current consent and its history",
      description: 'Messaging checks this before every message: a withdrawn channel is never used.',
      middleware: signedIn,
      request: { params: PatientParam },
      responses: {
        200: {
          description: "The patient's consent: each item's current state",
          ...json(ConsentStateSchema),
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'patient.read')
      return c.json(await inClinic(c, (tx) => consentState(tx, c.req.valid('param').id)), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/consent',
      tags: ['Consent'],
      summary: 'Record consent given under a notice: every item answered',
      middleware: signedIn,
      request: { params: PatientParam, body: { required: true, ...json(GiveConsentSchema) } },
      responses: {
        201: {
          description: "The patient's consent after recording it",
          ...json(ConsentStateSchema),
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const patientId = c.req.valid('param').id
      const state = await inClinic(c, async (tx, today) => {
        await giveConsent(tx, sessionOf(c), {
          ...c.req.valid('json'),
          patientId,
          now: c.var.deps.clock(),
          today,
        })
        return consentState(tx, patientId)
      })
      return c.json(state, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/consent/withdraw',
      tags: ['Consent'],
      summary: 'Withdraw consent items, effective at once',
      middleware: signedIn,
      request: { params: PatientParam, body: { required: true, ...json(WithdrawConsentSchema) } },
      responses: {
        201: {
          description: "The patient's consent after the withdrawal",
          ...json(ConsentStateSchema),
        },
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const patientId = c.req.valid('param').id
      const state = await inClinic(c, async (tx) => {
        await withdrawConsent(tx, sessionOf(c), {
          ...c.req.valid('json'),
          patientId,
          now: c.var.deps.clock(),
        })
        return consentState(tx, patientId)
      })
      return c.json(state, 201)
    },
  )
