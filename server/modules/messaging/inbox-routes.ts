import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import {
  ClickToChatDraftSchema,
  ConversationSchema,
  InboxSchema,
  NewReplySchema,
  UnreadSchema,
} from '../../../shared/contracts/messaging.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { clickToChatDrafts, markDraftSent } from './click-to-chat-drafts.ts'
import { totalUnread } from './conversation-queries.ts'
import { inbox } from './inbox.ts'
import { markConversationSeen } from './mark-conversation-seen.ts'
import { readConversation } from './read-conversation.ts'
import { sendReply } from './send-reply.ts'

const tags = ['Messaging']
const PatientParam = z.object({ patientId: z.uuid() })

const inboxRoute = createRoute({
  method: 'get',
  path: '/conversations',
  tags,
  summary: 'The WhatsApp inbox: patients who wrote, the latest first, with unread counts',
  description: 'Owners, admins and the front desk (messaging.read).',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The inbox', ...json(InboxSchema) },
    ...errorResponses(401, 403),
  },
})

const unreadRoute = createRoute({
  method: 'get',
  path: '/unread',
  tags,
  summary: 'How many patients’ messages are unread, for the navigation badge',
  description: 'Owners, admins and the front desk (messaging.read). A count only: no names.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The count', ...json(UnreadSchema) },
    ...errorResponses(401, 403),
  },
})

const conversationRoute = createRoute({
  method: 'get',
  path: '/conversations/{patientId}',
  tags,
  summary: "A patient's WhatsApp conversation, oldest first, with the texts",
  description: 'Owners, admins and the front desk (messaging.read). Recorded as a read.',
  middleware: [sessionRequired],
  request: { params: PatientParam },
  responses: {
    200: { description: 'The conversation', ...json(ConversationSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const replyRoute = createRoute({
  method: 'post',
  path: '/conversations/{patientId}/replies',
  tags,
  summary: 'Answer the patient with free text (within 24 hours of their last message)',
  description:
    'Owners, admins and the front desk (messaging.reply). Queued and sent by the worker; 409 messaging.window_closed after the 24-hour window, messaging.no_consent, messaging.no_mobile or messaging.not_sending.',
  middleware: [sessionRequired],
  request: { params: PatientParam, body: { required: true, ...json(NewReplySchema) } },
  responses: {
    201: { description: 'Queued', ...json(ConversationSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const seenRoute = createRoute({
  method: 'post',
  path: '/conversations/{patientId}/seen',
  tags,
  summary: "Mark the patient's messages so far as read by the front desk",
  description: 'Owners, admins and the front desk (messaging.reply).',
  middleware: [sessionRequired],
  request: { params: PatientParam },
  responses: {
    204: { description: 'Marked' },
    ...errorResponses(400, 401, 403, 404),
  },
})

const draftsRoute = createRoute({
  method: 'get',
  path: '/drafts',
  tags,
  summary: 'Today’s click-to-chat drafts: messages to send from the clinic’s own WhatsApp',
  description:
    'For clinics in click_to_chat mode. Each has its text in the patient’s language and a wa.me link. Owners, admins and the front desk (messaging.reply). Recorded as reads.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The drafts, oldest first', ...json(z.array(ClickToChatDraftSchema)) },
    ...errorResponses(401, 403),
  },
})

const draftSentRoute = createRoute({
  method: 'post',
  path: '/drafts/{messageId}/sent',
  tags,
  summary: 'Mark a click-to-chat draft as sent from the clinic’s phone',
  description:
    'Owners, admins and the front desk (messaging.reply). Marking twice is harmless; a draft whose visit changed or whose patient withdrew consent is 409.',
  middleware: [sessionRequired],
  request: { params: z.object({ messageId: z.uuid() }) },
  responses: {
    204: { description: 'Marked sent' },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /messaging. */
export const inboxRoutes = createRouter()
  .openapi(
    draftsRoute,
    clinicRoute(
      draftsRoute,
      { can: 'messaging.reply', needs: ['cipher'] },
      async (c, { tx, cipher, now }) => c.json(await clickToChatDrafts(tx, cipher, now), 200),
    ),
  )
  .openapi(
    draftSentRoute,
    clinicRoute(
      draftSentRoute,
      { can: 'messaging.reply', needs: ['cipher'] },
      async (c, { tx, actor, cipher, now }) => {
        await markDraftSent(tx, cipher, {
          clinicId: actor.clinicId,
          messageId: c.req.valid('param').messageId,
          now,
        })
        return c.body(null, 204)
      },
    ),
  )
  .openapi(
    inboxRoute,
    clinicRoute(inboxRoute, { can: 'messaging.read' }, async (c, { tx, now }) =>
      c.json(await inbox(tx, now), 200),
    ),
  )
  .openapi(
    unreadRoute,
    clinicRoute(unreadRoute, { can: 'messaging.read' }, async (c, { tx }) =>
      c.json({ unread: await totalUnread(tx) }, 200),
    ),
  )
  .openapi(
    conversationRoute,
    clinicRoute(
      conversationRoute,
      { can: 'messaging.read', needs: ['cipher'] },
      async (c, { tx, cipher, now }) =>
        c.json(
          await readConversation(tx, cipher, { patientId: c.req.valid('param').patientId, now }),
          200,
        ),
    ),
  )
  .openapi(
    replyRoute,
    clinicRoute(
      replyRoute,
      { can: 'messaging.reply', needs: ['cipher'] },
      async (c, { tx, actor, cipher, now }) => {
        const { patientId } = c.req.valid('param')
        await sendReply(
          tx,
          actor,
          { jobs: c.var.deps.jobs, cipher },
          { patientId, text: c.req.valid('json').text, now },
        )
        return c.json(await readConversation(tx, cipher, { patientId, now }), 201)
      },
    ),
  )
  .openapi(
    seenRoute,
    clinicRoute(seenRoute, { can: 'messaging.reply' }, async (c, { tx, actor }) => {
      await markConversationSeen(tx, actor, c.req.valid('param').patientId)
      return c.body(null, 204)
    }),
  )
