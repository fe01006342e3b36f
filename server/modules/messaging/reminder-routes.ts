import { createRoute } from '@hono/zod-openapi'
import {
  PaymentReminderBodySchema,
  PlannedMessageSchema,
} from '../../../shared/contracts/messaging.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { authorize } from '../access/index.ts'
import { planPaymentReminder } from './plan-payment-reminder.ts'

const paymentReminderRoute = createRoute({
  method: 'post',
  path: '/payment-reminders',
  tags: ['Messaging'],
  summary: 'Remind a patient that an issued invoice’s balance is due',
  description:
    'Those who take payments and may read the patient (billing.write and patient.read: the front desk, owners, admins). At most one a day per invoice (409 after), on the patient’s channel (WhatsApp, else SMS, else email, by consent); the amount is read again when it goes out and nothing is sent if it was paid by then. 409 when nothing is due, the clinic sends no messages, or the patient agreed to no channel.',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(PaymentReminderBodySchema) } },
  responses: {
    201: { description: 'Planned', ...json(PlannedMessageSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /messaging. */
export const reminderRoutes = createRouter().openapi(
  paymentReminderRoute,
  clinicRoute(
    paymentReminderRoute,
    { can: 'billing.write' },
    async (c, { tx, actor, now, zone, today }) => {
      // Writing to a patient means reading their consent and number: patient.read as well,
      // which accountants do not hold (PRODUCT.md roles matrix).
      authorize(actor, 'patient.read')
      const { invoiceId } = c.req.valid('json')
      const planned = await planPaymentReminder(tx, c.var.deps.jobs, {
        invoiceId,
        now,
        zone,
        today,
      })
      return c.json(planned, 201)
    },
  ),
)
