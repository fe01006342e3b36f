import path from 'node:path'
import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { apiDocs, serveOpenApiDocument } from './http/api-docs.ts'
import type { AppDependencies, AppEnv } from './http/app-env.ts'
import { csrfProtection } from './http/csrf.ts'
import { errorResponse, handleError } from './http/error-handler.ts'
import { AppError } from './http/errors.ts'
import { inputGuard } from './http/input-guard.ts'
import { requestLog } from './http/request-log.ts'
import type { createRouter } from './http/router.ts'
import { noStore, securityHeaders } from './http/security-headers.ts'
import { webApp } from './http/web-app.ts'
import {
  appointmentRoutes,
  attendanceRoutes,
  recallRoutes,
  waitingListRoutes,
} from './modules/appointments/index.ts'
import { auditRoutes } from './modules/audit/index.ts'
import { authRoutes, loadSession, meRoutes } from './modules/auth/index.ts'
import {
  billableItemRoutes,
  billingRoutes,
  invoiceListRoutes,
  invoicePdfRoutes,
  moneyPdfRoutes,
  moneyRoutes,
} from './modules/billing/index.ts'
import {
  billingReportRoutes,
  collectionReportRoutes,
  revenueReportRoutes,
} from './modules/billing-reports/index.ts'
import { careTeamRoutes, clinicianRoutes } from './modules/care-team/index.ts'
import { catalogueRoutes } from './modules/catalogue/index.ts'
import { certificateRoutes } from './modules/certificates/index.ts'
import { chartRoutes } from './modules/chart/index.ts'
import { clinicRoutes, taxProfileRoutes } from './modules/clinic/index.ts'
import { consentNoticeRoutes, patientConsentRoutes } from './modules/consent/index.ts'
import { devOutboxRoutes } from './modules/dev-outbox/index.ts'
import {
  documentRoutes,
  isDocumentUpload,
  patientDocumentRoutes,
} from './modules/documents/index.ts'
import { formularyDrugRoutes, formularyShortcutRoutes } from './modules/formulary/index.ts'
import { healthRoutes } from './modules/health/index.ts'
import { historyRoutes } from './modules/history/index.ts'
import { labCaseRoutes, labRoutes, patientLabCaseRoutes } from './modules/lab/index.ts'
import {
  documentLinkRoutes,
  inboxRoutes,
  messageDocumentRoutes,
  messagingRoutes,
  patientMessageRoutes,
  providerRoutes,
  reminderRoutes,
  templateRoutes,
  whatsappWebhookRoutes,
} from './modules/messaging/index.ts'
import { noteTemplateRoutes } from './modules/note-templates/index.ts'
import { noteRoutes, patientNoteRoutes } from './modules/notes/index.ts'
import { patientRoutes } from './modules/patients/index.ts'
import { perioRoutes } from './modules/perio/index.ts'
import { acceptanceRoutes, notBookedRoutes, planRoutes } from './modules/plans/index.ts'
import {
  patientPrescriptionRoutes,
  prescriptionActionRoutes,
  prescriptionPdfRoutes,
  prescriptionRoutes,
} from './modules/prescriptions/index.ts'
import { scheduleSetupRoutes } from './modules/schedule-setup/index.ts'
import { staffRoutes } from './modules/staff/index.ts'
import { consentFormRoutes, consentTemplateRoutes } from './modules/treatment-consent/index.ts'
import { vitalsRoutes } from './modules/vitals/index.ts'

const JSON_BODY_LIMIT = 1024 * 1024

type ApiModule = readonly [path: string, routes: ReturnType<typeof createRouter>]

/** Every API module, mounted under /api/v1. Keep alphabetised. */
export const apiModules: readonly ApiModule[] = [
  ['/appointments', appointmentRoutes],
  ['/audit', auditRoutes],
  ['/auth', authRoutes],
  ['/billing', billingReportRoutes],
  ['/billing', collectionReportRoutes],
  ['/billing', revenueReportRoutes],
  ['/billing', invoiceListRoutes],
  ['/catalogue', catalogueRoutes],
  ['/clinic', clinicRoutes],
  ['/clinic', taxProfileRoutes],
  ['/clinicians', clinicianRoutes],
  ['/consent', consentNoticeRoutes],
  ['/dev/outbox', devOutboxRoutes],
  ['/documents', documentRoutes],
  ['/formulary', formularyDrugRoutes],
  ['/formulary', formularyShortcutRoutes],
  ['/health', healthRoutes],
  ['/lab-cases', labCaseRoutes],
  ['/labs', labRoutes],
  ['/me', meRoutes],
  ['/message-documents', documentLinkRoutes],
  ['/messaging', messagingRoutes],
  ['/messaging', inboxRoutes],
  ['/messaging', templateRoutes],
  ['/messaging', providerRoutes],
  ['/messaging', reminderRoutes],
  ['/messaging', messageDocumentRoutes],
  ['/note-templates', noteTemplateRoutes],
  ['/notes', noteRoutes],
  ['/patients', patientRoutes],
  ['/patients', patientConsentRoutes],
  ['/patients', patientDocumentRoutes],
  ['/patients', historyRoutes],
  ['/patients', chartRoutes],
  ['/patients', careTeamRoutes],
  ['/patients', attendanceRoutes],
  ['/patients', vitalsRoutes],
  ['/patients', patientNoteRoutes],
  ['/patients', perioRoutes],
  ['/patients', planRoutes],
  ['/patients', patientLabCaseRoutes],
  ['/patients', acceptanceRoutes],
  ['/patients', patientPrescriptionRoutes],
  ['/patients', billableItemRoutes],
  ['/patients', billingRoutes],
  ['/patients', moneyRoutes],
  ['/patients', invoicePdfRoutes],
  ['/patients', moneyPdfRoutes],
  ['/patients', consentFormRoutes],
  ['/patients', certificateRoutes],
  ['/patients', patientMessageRoutes],
  ['/plans', notBookedRoutes],
  ['/prescriptions', prescriptionRoutes],
  ['/prescriptions', prescriptionActionRoutes],
  ['/prescriptions', prescriptionPdfRoutes],
  ['/recalls', recallRoutes],
  ['/schedule', scheduleSetupRoutes],
  ['/staff', staffRoutes],
  ['/treatment-consent-templates', consentTemplateRoutes],
  ['/waiting-list', waitingListRoutes],
  ['/webhooks/whatsapp', whatsappWebhookRoutes],
]

/**
 * Builds the whole HTTP application: middleware, then one alphabetised list
 * of module mounts under /api/v1 (`apiModules`), the OpenAPI document, the API reference and
 * the web app. Pure construction: no listening, so tests call `app.request()`.
 */
export function buildApp(deps: AppDependencies, modules: readonly ApiModule[] = apiModules) {
  const app = new OpenAPIHono<AppEnv>()

  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  // Accept a caller's id only if it is short and plain, so it is safe to log.
  app.use('*', requestId({ limitLength: 64, headerName: 'X-Request-Id' }))
  app.use('*', securityHeaders())
  app.use('/api/*', requestLog(), noStore(), loadSession(), csrfProtection())
  const jsonBodyLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new AppError('payload_too_large', 'request.larger_than', { maximum: '1 MiB' })
    },
  })
  // Document uploads stream and enforce their own, larger limit (modules/documents). A GET or
  // HEAD has no body to limit (Fetch), and asking for it would build a whole Request per read.
  app.use('/api/*', (c, next) =>
    isBodiless(c.req.method) || isDocumentUpload(c.req.method, c.req.path)
      ? next()
      : jsonBodyLimit(c, next),
  )
  // A webhook's body is checked against its signature first, byte for byte (the handler parses it).
  app.use(
    '/api/*',
    inputGuard({
      skipBody: (method, path) =>
        isDocumentUpload(method, path) || path.startsWith('/api/v1/webhooks/'),
    }),
  )
  // After the session, CSRF and body checks: a refused request never reserves a key.

  for (const [path, routes] of modules) app.route(`/api/v1${path}`, routes)

  serveOpenApiDocument(app, deps.version)
  app.route('/api/docs', apiDocs)

  app.all('/api/*', (c) => errorResponse(c, new AppError('not_found', 'request.no_such_route')))
  if (deps.webRoot) app.route('/', webApp(path.resolve(deps.webRoot)))

  app.notFound((c) => errorResponse(c, new AppError('not_found', 'request.not_found')))
  app.onError(handleError)
  return app
}

export type App = ReturnType<typeof buildApp>

/** Methods whose requests carry no body (Fetch: a GET or HEAD Request cannot have one). */
function isBodiless(method: string): boolean {
  return method === 'GET' || method === 'HEAD'
}
