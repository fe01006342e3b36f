import { createRoute } from '@hono/zod-openapi'
import { BillableItemListSchema } from '../../../shared/contracts/billable-items.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { listBillableItems } from './list-billable-items.ts'
import { clinicTaxProfile } from './queries.ts'
import { TAGS } from './respond.ts'

const listBillableItemsRoute = createRoute({
  method: 'get',
  path: '/{id}/billable-items',
  tags: TAGS,
  summary: "The patient's completed treatment-plan items not yet on an invoice",
  description:
    'Billing particulars only (description with the FDI tooth, SAC, quantity, price, discount, GST rate, completed date, doctor): what a new invoice pre-ticks. Plan items are clinical, so this is the only view of them the front desk has. Owners, admins, receptionists and accountants (billing.write); doctors and assistants get 403.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The billable items, oldest first', ...json(BillableItemListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /patients: what a patient's next invoice can bill (issue #12, item 9). */
export const billableItemRoutes = createRouter().openapi(
  listBillableItemsRoute,
  clinicRoute(listBillableItemsRoute, { can: 'billing.write' }, async (c, { tx }) => {
    const { id } = c.req.valid('param')
    const items = await listBillableItems(tx, id)
    const { gstin } = await clinicTaxProfile(tx)
    return c.json({ items, supplierRegistered: gstin !== null }, 200)
  }),
)
