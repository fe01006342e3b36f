/** Dental lab work (issue #13 item 4): the clinic's labs, and cases sent, received, fitted or remade. */
export { labCaseRoutes } from './case-routes.ts'
export { labRoutes } from './lab-routes.ts'
export { patientLabCaseRoutes } from './patient-case-routes.ts'
