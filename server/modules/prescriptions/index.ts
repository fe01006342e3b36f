/**
 * Prescriptions (issue #13 items 2, 3, 6): drafts, the server-side safety checks, issuing with
 * override reasons and the prescriber's registration, corrections, cancellation and the PDF.
 */
export { prescriptionActionRoutes } from './action-routes.ts'
export { issuedPrescriptionFile } from './issued-prescription-file.ts'
export { patientPrescriptionRoutes } from './patient-routes.ts'
export { prescriptionPdfRoutes } from './pdf-routes.ts'
export { prescriptionRoutes } from './prescription-routes.ts'
