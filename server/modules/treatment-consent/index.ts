/**
 * Treatment consent forms (issue #13 items 5-7): templates per clinic, forms filled for a
 * patient, signed on the tablet by the patient or guardian and by the doctor, stored as PDF.
 * Not the DPDP consent ledger (modules/consent).
 */
export { consentFormRoutes } from './form-routes.ts'
export { seedConsentTemplates } from './queries.ts'
export {
  ageSex,
  type FormPatient,
  formPatient,
  signingDoctor,
} from './signing-people.ts'
export { consentTemplateRoutes } from './template-routes.ts'
