import { createRoute } from '@hono/zod-openapi'
import {
  InvoiceListSchema,
  InvoiceParams,
  InvoicePatchSchema,
  InvoiceSchema,
  NewInvoiceSchema,
} from '../../../shared/contracts/billing.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { changeInvoice } from './change-invoice.ts'
import { createInvoice } from './create-invoice.ts'
import { deleteInvoice } from './delete-invoice.ts'
import { requireBillingPatient } from './guards.ts'
import { issueInvoice } from './issue-invoice.ts'
import { presentInvoice } from './present.ts'
import { loadInvoicesOfPatient } from './queries.ts'
import { ACCESS, invoiceAnswer, TAGS } from './respond.ts'

const listInvoicesRoute = createRoute({
  method: 'get',
  path: '/{id}/invoices',
  tags: TAGS,
  summary: "A patient's invoices, drafts and issued, newest first, with their lines",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The invoices', ...json(InvoiceListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const createInvoiceRoute = createRoute({
  method: 'post',
  path: '/{id}/invoices',
  tags: TAGS,
  summary: 'Draft an invoice from completed treatment-plan items and ad hoc lines',
  description: `A draft has no number; it is numbered when issued. The recipient is the patient unless given. A plan item already on an invoice is a 409. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewInvoiceSchema) } },
  responses: {
    201: { description: 'The draft', ...json(InvoiceSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const readInvoiceRoute = createRoute({
  method: 'get',
  path: '/{id}/invoices/{invoiceId}',
  tags: TAGS,
  summary: 'One invoice with its lines',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: InvoiceParams },
  responses: {
    200: { description: 'The invoice', ...json(InvoiceSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const changeInvoiceRoute = createRoute({
  method: 'patch',
  path: '/{id}/invoices/{invoiceId}',
  tags: TAGS,
  summary: "Change a draft's lines, recipient, round-off or notes",
  description: `Sending \`lines\` or \`planItemIds\` replaces all the lines. An issued invoice does not change (409; a credit note corrects it). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: InvoiceParams, body: { required: true, ...json(InvoicePatchSchema) } },
  responses: {
    200: { description: 'The draft', ...json(InvoiceSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deleteInvoiceRoute = createRoute({
  method: 'delete',
  path: '/{id}/invoices/{invoiceId}',
  tags: TAGS,
  summary: 'Delete a draft',
  description: `An issued invoice is never deleted (409). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: InvoiceParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})

const issueInvoiceRoute = createRoute({
  method: 'post',
  path: '/{id}/invoices/{invoiceId}/issue',
  tags: TAGS,
  summary: 'Issue a draft: fix its kind and totals and give it the next number',
  description: `Numbered PREFIX/YY-YY/NNNN, consecutive and without gaps per clinic and financial year (April–March in the clinic's time zone), CGST Rule 46(b). An unregistered clinic cannot charge GST (400 on a taxable line); a registered recipient, or a taxable value of ₹50,000 or more, needs the recipient's name, address and state (400). 409 if already issued. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: InvoiceParams },
  responses: {
    200: { description: 'The issued invoice', ...json(InvoiceSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/**
 * Mounted at /patients: a patient's invoices (issue #12, first slice): drafts, issue with a
 * gap-free number, and the immutability of what is issued.
 */
export const billingRoutes = createRouter()
  .openapi(
    listInvoicesRoute,
    clinicRoute(listInvoicesRoute, { can: 'billing.read' }, async (c, { tx }) => {
      const { id } = c.req.valid('param')
      await requireBillingPatient(tx, id)
      const loaded = await loadInvoicesOfPatient(tx, id)
      return c.json({ invoices: loaded.map(presentInvoice) }, 200)
    }),
  )
  .openapi(
    createInvoiceRoute,
    clinicRoute(createInvoiceRoute, { can: 'billing.write' }, async (c, { tx, actor }) => {
      const { id } = c.req.valid('param')
      const invoiceId = await createInvoice(tx, actor, id, c.req.valid('json'))
      return c.json(await invoiceAnswer(tx, id, invoiceId), 201)
    }),
  )
  .openapi(
    readInvoiceRoute,
    clinicRoute(readInvoiceRoute, { can: 'billing.read' }, async (c, { tx }) => {
      const { id, invoiceId } = c.req.valid('param')
      return c.json(await invoiceAnswer(tx, id, invoiceId), 200)
    }),
  )
  .openapi(
    changeInvoiceRoute,
    clinicRoute(changeInvoiceRoute, { can: 'billing.write' }, async (c, { tx, actor }) => {
      const { id, invoiceId } = c.req.valid('param')
      await changeInvoice(tx, actor, id, invoiceId, c.req.valid('json'))
      return c.json(await invoiceAnswer(tx, id, invoiceId), 200)
    }),
  )
  .openapi(
    deleteInvoiceRoute,
    clinicRoute(deleteInvoiceRoute, { can: 'billing.write' }, async (c, { tx }) => {
      const { id, invoiceId } = c.req.valid('param')
      await deleteInvoice(tx, id, invoiceId)
      return c.body(null, 204)
    }),
  )
  .openapi(
    issueInvoiceRoute,
    clinicRoute(
      issueInvoiceRoute,
      { can: 'billing.write' },
      async (c, { tx, actor, now, zone }) => {
        const { id, invoiceId } = c.req.valid('param')
        await issueInvoice(tx, actor, id, invoiceId, { now, zone })
        return c.json(await invoiceAnswer(tx, id, invoiceId), 200)
      },
    ),
  )
