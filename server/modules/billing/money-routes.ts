import { createRoute } from '@hono/zod-openapi'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  ApplyCreditSchema,
  CreditNoteParams,
  CreditNoteSchema,
  InstalmentPlanInputSchema,
  NewCreditNoteSchema,
  NewPaymentSchema,
  NewRefundSchema,
  PatientAccountSchema,
  PaymentSchema,
  RefundSchema,
} from '../../../shared/contracts/payments.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { applyCredit } from './apply-credit.ts'
import { requireBillingPatient } from './guards.ts'
import { issueCreditNote } from './issue-credit-note.ts'
import { creditNotesOf, loadAccount } from './load-account.ts'
import { recordPayment } from './record-payment.ts'
import { recordRefund } from './record-refund.ts'
import { ACCESS, TAGS } from './respond.ts'
import { clearInstalments, setInstalments } from './set-instalments.ts'

const accountRoute = createRoute({
  method: 'get',
  path: '/{id}/account',
  tags: TAGS,
  summary:
    "The patient's account: what each invoice owes, credit held, payments, credit notes, refunds and the ledger",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The account', ...json(PatientAccountSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const creditNoteRoute = createRoute({
  method: 'post',
  path: '/{id}/invoices/{invoiceId}/credit-notes',
  tags: TAGS,
  summary: 'Issue a credit note against an issued invoice (CGST Rule 53(1A))',
  description: `Numbered in the credit-note series. A cancellation credits everything not yet credited; other reasons credit the amounts given per line (including GST). Credit notes never add up to more than the invoice. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: CreditNoteParams, body: { required: true, ...json(NewCreditNoteSchema) } },
  responses: {
    201: { description: 'The credit note', ...json(CreditNoteSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const paymentRoute = createRoute({
  method: 'post',
  path: '/{id}/payments',
  tags: TAGS,
  summary: 'Record a payment (one or more tenders) with its receipt',
  description: `Set against the invoices given, or else the oldest that still owe. More than is due is refused unless \`advance\` is true, which holds the rest on the account. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewPaymentSchema) } },
  responses: {
    201: { description: 'The payment and its receipt number', ...json(PaymentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const applyCreditRoute = createRoute({
  method: 'post',
  path: '/{id}/credit-applications',
  tags: TAGS,
  summary: "Set credit held on the patient's account against an invoice",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(ApplyCreditSchema) } },
  responses: {
    200: { description: 'The account afterwards', ...json(PatientAccountSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const refundRoute = createRoute({
  method: 'post',
  path: '/{id}/refunds',
  tags: TAGS,
  summary: "Pay money back from the patient's account credit, with a refund voucher",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewRefundSchema) } },
  responses: {
    201: { description: 'The refund', ...json(RefundSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const setInstalmentsRoute = createRoute({
  method: 'put',
  path: '/{id}/invoices/{invoiceId}/instalments',
  tags: TAGS,
  summary: 'Agree an instalment plan for what an issued invoice still owes',
  description: `The amounts add up to exactly what is owed today; the dates are today or later, in order. Replaces any earlier plan of the invoice. ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: CreditNoteParams,
    body: { required: true, ...json(InstalmentPlanInputSchema) },
  },
  responses: {
    200: { description: 'The account afterwards', ...json(PatientAccountSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const clearInstalmentsRoute = createRoute({
  method: 'delete',
  path: '/{id}/invoices/{invoiceId}/instalments',
  tags: TAGS,
  summary: "Drop an invoice's instalment plan",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: CreditNoteParams },
  responses: {
    200: { description: 'The account afterwards', ...json(PatientAccountSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** The one item of a list that was just made, or a 500-worthy bug. */
function made<T extends { id: string }>(items: T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id)
  if (!item) throw new Error('billing: a document just written was not found')
  return item
}

export const moneyRoutes = createRouter()
  .openapi(
    accountRoute,
    clinicRoute(accountRoute, { can: 'billing.read' }, async (c, { tx, today }) => {
      const { id } = c.req.valid('param')
      await requireBillingPatient(tx, id)
      return c.json(await loadAccount(tx, id, today), 200)
    }),
  )
  .openapi(
    creditNoteRoute,
    clinicRoute(creditNoteRoute, { can: 'billing.write' }, async (c, { tx, actor, now, zone }) => {
      const { id, invoiceId } = c.req.valid('param')
      const noteId = await issueCreditNote(tx, actor, id, invoiceId, c.req.valid('json'), {
        now,
        zone,
      })
      return c.json(made(await creditNotesOf(tx, id, noteId), noteId), 201)
    }),
  )
  .openapi(
    paymentRoute,
    clinicRoute(
      paymentRoute,
      { can: 'billing.write' },
      async (c, { tx, actor, now, zone, today }) => {
        const { id } = c.req.valid('param')
        const paymentId = await recordPayment(tx, actor, id, c.req.valid('json'), { now, zone })
        return c.json(made((await loadAccount(tx, id, today)).payments, paymentId), 201)
      },
    ),
  )
  .openapi(
    applyCreditRoute,
    clinicRoute(applyCreditRoute, { can: 'billing.write' }, async (c, { tx, actor, today }) => {
      const { id } = c.req.valid('param')
      await applyCredit(tx, actor, id, c.req.valid('json'))
      return c.json(await loadAccount(tx, id, today), 200)
    }),
  )
  .openapi(
    refundRoute,
    clinicRoute(
      refundRoute,
      { can: 'billing.write' },
      async (c, { tx, actor, now, zone, today }) => {
        const { id } = c.req.valid('param')
        const refundId = await recordRefund(tx, actor, id, c.req.valid('json'), { now, zone })
        return c.json(made((await loadAccount(tx, id, today)).refunds, refundId), 201)
      },
    ),
  )
  .openapi(
    setInstalmentsRoute,
    clinicRoute(setInstalmentsRoute, { can: 'billing.write' }, async (c, { tx, actor, today }) => {
      const { id, invoiceId } = c.req.valid('param')
      await setInstalments(tx, actor, id, invoiceId, c.req.valid('json'), today)
      return c.json(await loadAccount(tx, id, today), 200)
    }),
  )
  .openapi(
    clearInstalmentsRoute,
    clinicRoute(clearInstalmentsRoute, { can: 'billing.write' }, async (c, { tx, today }) => {
      const { id, invoiceId } = c.req.valid('param')
      await clearInstalments(tx, id, invoiceId)
      return c.json(await loadAccount(tx, id, today), 200)
    }),
  )
