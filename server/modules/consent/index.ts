/**
 * Consent under the DPDP Act: the clinic's itemised notice (versioned, in several languages)
 * and each patient's append-only consent ledger.
 */

export type { ConsentItem } from './consent-items.ts'
export { defaultNotice } from './default-notice.ts'
export { isConsentGranted } from './is-consent-granted.ts'
export { consentNoticeRoutes, patientConsentRoutes } from './routes.ts'
export { withdrawWhatsAppByReply } from './withdraw-by-reply.ts'
