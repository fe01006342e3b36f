/**
 * Consent under the DPDP Act: the clinic's itemised notice (versioned, in several languages)
 * and each patient's append-only consent ledger.
 */
export { defaultNotice } from './default-notice.ts'
export { consentNoticeRoutes, patientConsentRoutes } from './routes.ts'
