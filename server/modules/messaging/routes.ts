import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { MessageSchema, MessagingSettingsSchema } from '../../../shared/contracts/messaging.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { patientMessages } from './patient-messages.ts'
import { presentMessage, presentSettings } from './present.ts'
import { saveMessagingSettings } from './save-settings.ts'
import { messagingSettings } from './settings.ts'

const tags = ['Messaging']

const patientMessagesRoute = createRoute({
  method: 'get',
  path: '/{id}/messages',
  tags,
  summary: "A patient's messages, newest first: what was planned, sent, delivered or skipped",
  description: 'Owners, admins and the front desk (messaging.read). Recorded as a read.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The messages', ...json(z.array(MessageSchema)) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /patients. */
export const patientMessageRoutes = createRouter().openapi(
  patientMessagesRoute,
  clinicRoute(
    patientMessagesRoute,
    { can: 'messaging.read', needs: ['cipher'] },
    async (c, { tx, cipher }) => {
      const rows = await patientMessages(tx, c.req.valid('param').id)
      return c.json(
        rows.map((row) => presentMessage(row, cipher)),
        200,
      )
    },
  ),
)

const readSettingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags,
  summary: 'How the clinic’s patient messages go out: mode, reminder timings, quiet hours',
  description: 'Owners and admins (messaging.manage).',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The settings', ...json(MessagingSettingsSchema) },
    ...errorResponses(401, 403),
  },
})

const saveSettingsRoute = createRoute({
  method: 'put',
  path: '/settings',
  tags,
  summary: 'Change how the clinic’s patient messages go out',
  description:
    'Owners and admins (messaging.manage). Reminders already planned keep their times; new timings apply to bookings and moves from now on.',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(MessagingSettingsSchema) } },
  responses: {
    200: { description: 'The saved settings', ...json(MessagingSettingsSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const manage = { can: 'messaging.manage' } as const

/** Mounted at /messaging. */
export const messagingRoutes = createRouter()
  .openapi(
    readSettingsRoute,
    clinicRoute(readSettingsRoute, manage, async (c, { tx }) =>
      c.json(presentSettings(await messagingSettings(tx)), 200),
    ),
  )
  .openapi(
    saveSettingsRoute,
    clinicRoute(saveSettingsRoute, manage, async (c, { tx, actor, now }) => {
      await saveMessagingSettings(tx, actor.clinicId, c.req.valid('json'), now)
      return c.json(presentSettings(await messagingSettings(tx)), 200)
    }),
  )
