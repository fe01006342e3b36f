import { createRoute } from '@hono/zod-openapi'
import { TaxProfilePatchSchema, TaxProfileSchema } from '../../../shared/contracts/tax-profile.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { changeTaxProfile } from './change-tax-profile.ts'
import { loadTaxProfile } from './tax-profile.ts'

const taxProfileRoute = createRoute({
  method: 'get',
  path: '/tax-profile',
  tags: ['Clinic'],
  summary: "The clinic's tax profile and numbering series, with each series' next number",
  description:
    'Legal name, GSTIN (null: not registered for GST, so bills of supply only) and state, and per kind of document (invoice, credit note, receipt, refund) the prefix, serial width and the next number of the current financial year (April–March, in the clinic’s time zone). Owners, admins, doctors, receptionists and accountants; assistants get 403.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The tax profile', ...json(TaxProfileSchema) },
    ...errorResponses(401, 403),
  },
})

const changeTaxProfileRoute = createRoute({
  method: 'patch',
  path: '/tax-profile',
  tags: ['Clinic'],
  summary: 'Change the legal name, GSTIN or numbering series (owners and admins)',
  description:
    'The GSTIN’s format and check character are checked, and that it starts with the clinic’s state code (clinic.gstin_state). A series prefix is letters, digits, - and /, short enough that PREFIX/YY-YY/serial fits in 16 characters (CGST Rule 46(b)); a new prefix or width applies from the next number. The clinic’s name, address and state are clinic settings (owner only). Others get 403, and the database refuses them too.',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(TaxProfilePatchSchema) } },
  responses: {
    200: { description: 'The tax profile as changed', ...json(TaxProfileSchema) },
    ...errorResponses(400, 401, 403),
  },
})

/** The tax profile and numbering series (mounted at /clinic; issue #12). */
export const taxProfileRoutes = createRouter()
  .openapi(
    taxProfileRoute,
    clinicRoute(taxProfileRoute, { can: 'tax.read' }, async (c, { tx, now, zone }) =>
      c.json(await loadTaxProfile(tx, now, zone), 200),
    ),
  )
  .openapi(
    changeTaxProfileRoute,
    clinicRoute(
      changeTaxProfileRoute,
      { can: 'tax.settings' },
      async (c, { tx, actor, now, zone }) => {
        await changeTaxProfile(tx, actor, { now, zone }, c.req.valid('json'))
        return c.json(await loadTaxProfile(tx, now, zone), 200)
      },
    ),
  )
