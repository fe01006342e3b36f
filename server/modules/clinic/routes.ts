import { createRoute } from '@hono/zod-openapi'
import {
  ClinicSchema,
  ClinicSettingsSchema,
  LOGO_MAX_LABEL,
} from '../../../shared/contracts/clinic.ts'
import { ErrorSchema } from '../../../shared/contracts/errors.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { fieldError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { changeClinicSettings, findClinic } from './change-settings.ts'
import { logoBytes, openLogo, removeLogo, replaceLogo } from './logo.ts'
import { presentClinic } from './present.ts'

const json = { 'application/json': { schema: ClinicSchema } }

const settingsRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags: ['Clinic'],
  summary: 'The clinic with its settings and letterhead (owner only)',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The clinic', content: json },
    ...errorResponses(401, 403),
  },
})

const changeSettingsRoute = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['Clinic'],
  summary: 'Change clinic settings and letterhead (owner only)',
  description:
    'Letterhead fields (address, PIN code, phone, e-mail, GSTIN, state) are printed on the clinic’s documents; null clears one. The GSTIN’s format is checked here; its check digit is not yet.',
  middleware: [sessionRequired],
  request: {
    body: { required: true, content: { 'application/json': { schema: ClinicSettingsSchema } } },
  },
  responses: {
    200: { description: 'The clinic with its new settings', content: json },
    ...errorResponses(400, 401, 403),
  },
})

/** For the OpenAPI document only: a zod schema would have the router parse the form itself. */
const LogoUploadOpenApi = {
  type: 'object' as const,
  required: ['file'],
  properties: {
    file: {
      type: 'string' as const,
      format: 'binary',
      description: `PNG or JPEG, at most ${LOGO_MAX_LABEL}; the type is detected from the content`,
    },
  },
}
const errorContent = { 'application/json': { schema: ErrorSchema } }

const uploadLogoRoute = createRoute({
  method: 'post',
  path: '/logo',
  tags: ['Clinic'],
  summary: 'Upload the letterhead logo, replacing any (owner only)',
  description: `multipart/form-data with \`file\`: a PNG or JPEG of at most ${LOGO_MAX_LABEL}, checked from its content. Not personal data, so stored unencrypted.`,
  middleware: [sessionRequired],
  request: {
    body: { required: true, content: { 'multipart/form-data': { schema: LogoUploadOpenApi } } },
  },
  responses: {
    200: { description: 'The clinic with its logo', content: json },
    ...errorResponses(400, 401, 403),
    413: { description: `The file is larger than ${LOGO_MAX_LABEL}`, content: errorContent },
    415: { description: 'The body is not multipart/form-data', content: errorContent },
  },
})

const removeLogoRoute = createRoute({
  method: 'delete',
  path: '/logo',
  tags: ['Clinic'],
  summary: 'Remove the letterhead logo (owner only)',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The clinic without a logo', content: json },
    ...errorResponses(401, 403),
  },
})

const logoRoute = createRoute({
  method: 'get',
  path: '/logo',
  tags: ['Clinic'],
  summary: 'The letterhead logo (any signed-in staff)',
  middleware: [sessionRequired],
  responses: {
    200: {
      description: 'The logo as uploaded',
      content: {
        'image/png': { schema: { type: 'string', format: 'binary' } },
        'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      },
    },
    ...errorResponses(401, 404),
  },
})

/** The clinic's own settings and letterhead (mounted at /clinic). */
export const clinicRoutes = createRouter()
  .openapi(
    settingsRoute,
    clinicRoute(settingsRoute, { can: 'clinic.settings' }, async (c, { tx }) => {
      return c.json(presentClinic(await findClinic(tx)), 200)
    }),
  )
  .openapi(
    changeSettingsRoute,
    clinicRoute(changeSettingsRoute, { can: 'clinic.settings' }, async (c, { tx }) => {
      const clinic = await changeClinicSettings(tx, c.req.valid('json'))
      return c.json(presentClinic(clinic), 200)
    }),
  )
  .openapi(
    uploadLogoRoute,
    clinicRoute(uploadLogoRoute, { can: 'clinic.settings' }, async (c, { tx, actor }) => {
      // The whole form fits the app's 1 MiB body limit, so it is read at once.
      if (!/^multipart\/form-data\s*;/i.test(c.req.header('Content-Type') ?? '')) {
        throw fieldError('unsupported_media_type', 'body', 'upload.not_multipart')
      }
      const form = await c.req.parseBody().catch(() => {
        throw fieldError('bad_request', 'body', 'upload.malformed')
      })
      const bytes = await logoBytes(form.file)
      const clinic = await replaceLogo(tx, c.var.deps.storage, actor.clinicId, bytes)
      return c.json(presentClinic(clinic), 200)
    }),
  )
  .openapi(
    removeLogoRoute,
    clinicRoute(removeLogoRoute, { can: 'clinic.settings' }, async (c, { tx }) => {
      return c.json(presentClinic(await removeLogo(tx, c.var.deps.storage)), 200)
    }),
  )
  .openapi(
    logoRoute,
    clinicRoute(logoRoute, { can: 'signed-in' }, async (c, { tx }) => {
      const { bytes, mediaType } = await openLogo(tx, c.var.deps.storage)
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: { 'Content-Type': mediaType, 'Content-Length': String(bytes.length) },
      })
    }),
  )
