import { createRoute, z } from '@hono/zod-openapi'
import { PlannedMessageSchema } from '../../../shared/contracts/messaging.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { authorize } from '../access/index.ts'
import { invoicePdf } from '../billing/index.ts'
import { letterheadOf } from '../clinic/index.ts'
import { issuedPrescriptionFile } from '../prescriptions/index.ts'
import { planDocumentMessage } from './plan-document-message.ts'

const tags = ['Messaging']

const ONCE =
  'Once a day per document; on WhatsApp (the PDF as the template’s document) or else by email (a link), never by SMS. The provider fetches the PDF from a link that ends 7 days after sending.'

const invoiceRoute = createRoute({
  method: 'post',
  path: '/documents/invoices/{invoiceId}',
  tags,
  summary: 'Send the patient an issued invoice as a PDF',
  description: `The front desk, owners and admins (billing.read and patient.read). ${ONCE}`,
  middleware: [sessionRequired],
  request: { params: z.object({ invoiceId: z.uuid() }) },
  responses: {
    201: { description: 'Planned', ...json(PlannedMessageSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const prescriptionRoute = createRoute({
  method: 'post',
  path: '/documents/prescriptions/{prescriptionId}',
  tags,
  summary: 'Send the patient an issued prescription as a PDF (the file as issued)',
  description: `Those who may read the patient’s clinical record (clinical.read, and the patient theirs). ${ONCE}`,
  middleware: [sessionRequired],
  request: { params: z.object({ prescriptionId: z.uuid() }) },
  responses: {
    201: { description: 'Planned', ...json(PlannedMessageSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /messaging: invoices and prescriptions as WhatsApp documents (issue #14 item 4). */
export const messageDocumentRoutes = createRouter()
  .openapi(
    invoiceRoute,
    clinicRoute(
      invoiceRoute,
      { can: 'billing.read', needs: ['cipher'] },
      async (c, { tx, actor, cipher, now, zone, today }) => {
        // Writing to a patient means reading their consent and number (not accountants).
        authorize(actor, 'patient.read')
        const { invoiceId } = c.req.valid('param')
        const invoice = await tx
          .selectFrom('invoices')
          .select(['patient_id', 'status', 'number'])
          .where('id', '=', invoiceId)
          .executeTakeFirst()
        if (!invoice) throw new AppError('not_found', 'request.not_found')
        if (invoice.status !== 'issued' || invoice.number === null) {
          throw new AppError('conflict', 'messaging.invoice_not_issued')
        }
        const { storage } = c.var.deps
        const pdf = await invoicePdf(
          tx,
          { letterhead: () => letterheadOf(tx, storage), zone },
          invoice.patient_id,
          invoiceId,
          undefined,
        )
        const planned = await planDocumentMessage(tx, c.var.deps.jobs, cipher, {
          clinicId: actor.clinicId,
          patientId: invoice.patient_id,
          subject: { invoiceId },
          pdf,
          label: pdf.language === 'hi' ? `बिल ${invoice.number}` : `invoice ${invoice.number}`,
          now,
          zone,
          today,
        })
        return c.json(planned, 201)
      },
    ),
  )
  .openapi(
    prescriptionRoute,
    clinicRoute(
      prescriptionRoute,
      { can: 'clinical.read', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, now, zone, today }) => {
        const { prescriptionId } = c.req.valid('param')
        const { storage, logger } = c.var.deps
        const tools = { storage, cipher, logger, requestId: c.var.requestId }
        const file = await issuedPrescriptionFile(tx, tools, prescriptionId, clinicalAll.read)
        const planned = await planDocumentMessage(tx, c.var.deps.jobs, cipher, {
          clinicId: actor.clinicId,
          patientId: file.patientId,
          subject: { prescriptionId },
          pdf: file,
          label: file.language === 'hi' ? `पर्चा ${file.number}` : `prescription ${file.number}`,
          now,
          zone,
          today,
        })
        return c.json(planned, 201)
      },
    ),
  )
