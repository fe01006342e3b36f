import { createRoute, z } from '@hono/zod-openapi'
import {
  ConsentStateSchema,
  GiveConsentSchema,
  NoticeQuerySchema,
  NoticeSchema,
  PublishNoticeSchema,
  WithdrawConsentSchema,
} from '../../../shared/contracts/consent.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { currentNotice } from './current-notice.ts'
import { giveConsent } from './give-consent.ts'
import { presentNotice } from './present.ts'
import { publishNotice } from './publish-notice.ts'
import { readConsent } from './read-consent.ts'
import { withdrawConsent } from './withdraw-consent.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const PatientParam = z.object({ id: z.uuid() })

const readNoticeRoute = createRoute({
  method: 'get',
  path: '/notice',
  tags: ['Consent'],
  summary: 'The current consent notice in a language',
  middleware: [sessionRequired],
  request: { query: NoticeQuerySchema },
  responses: {
    200: { description: 'The current notice', ...json(NoticeSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const publishNoticeRoute = createRoute({
  method: 'post',
  path: '/notices',
  tags: ['Consent'],
  summary: 'Publish a new notice version (earlier versions are kept)',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(PublishNoticeSchema) } },
  responses: {
    201: {
      description: 'The published notice, one per language',
      ...json(z.array(NoticeSchema)),
    },
    ...errorResponses(400, 401, 403),
  },
})

/** The clinic's consent notice (mounted at /consent). */
export const consentNoticeRoutes = createRouter()
  .openapi(
    readNoticeRoute,
    clinicRoute(readNoticeRoute, { can: 'patient.read' }, async (c, { tx, actor }) => {
      const { language } = c.req.valid('query')
      return c.json(presentNotice(await currentNotice(tx, actor.clinicId, language)), 200)
    }),
  )
  .openapi(
    publishNoticeRoute,
    clinicRoute(publishNoticeRoute, { can: 'consent.notice' }, async (c, { tx, actor }) => {
      const published = await publishNotice(tx, actor, c.req.valid('json').languages)
      return c.json(published.map(presentNotice), 201)
    }),
  )

const readConsentRoute = createRoute({
  method: 'get',
  path: '/{id}/consent',
  tags: ['Consent'],
  summary: "A patient's current consent and its history",
  description: 'Messaging checks this before every message: a withdrawn channel is never used.',
  middleware: [sessionRequired],
  request: { params: PatientParam },
  responses: {
    200: {
      description: "The patient's consent: each item's current state",
      ...json(ConsentStateSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const giveConsentRoute = createRoute({
  method: 'post',
  path: '/{id}/consent',
  tags: ['Consent'],
  summary: 'Record consent given under a notice: every item answered',
  middleware: [sessionRequired],
  request: { params: PatientParam, body: { required: true, ...json(GiveConsentSchema) } },
  responses: {
    201: {
      description: "The patient's consent after recording it",
      ...json(ConsentStateSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const withdrawConsentRoute = createRoute({
  method: 'post',
  path: '/{id}/consent/withdraw',
  tags: ['Consent'],
  summary: 'Withdraw consent items, effective at once',
  middleware: [sessionRequired],
  request: { params: PatientParam, body: { required: true, ...json(WithdrawConsentSchema) } },
  responses: {
    201: {
      description: "The patient's consent after the withdrawal",
      ...json(ConsentStateSchema),
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** A patient's consent (mounted at /patients). */
export const patientConsentRoutes = createRouter()
  .openapi(
    readConsentRoute,
    clinicRoute(readConsentRoute, { can: 'patient.read' }, async (c, { tx }) =>
      c.json(await readConsent(tx, c.req.valid('param').id), 200),
    ),
  )
  .openapi(
    giveConsentRoute,
    clinicRoute(
      giveConsentRoute,
      { can: 'patient.write' },
      async (c, { tx, actor, now, today }) => {
        const patientId = c.req.valid('param').id
        await giveConsent(tx, actor, { ...c.req.valid('json'), patientId, now, today })
        return c.json(await readConsent(tx, patientId), 201)
      },
    ),
  )
  .openapi(
    withdrawConsentRoute,
    clinicRoute(withdrawConsentRoute, { can: 'patient.write' }, async (c, { tx, actor, now }) => {
      const patientId = c.req.valid('param').id
      await withdrawConsent(tx, actor, { ...c.req.valid('json'), patientId, now })
      return c.json(await readConsent(tx, patientId), 201)
    }),
  )
