/** Where a patient's treatment consent forms live in the API (relative to /api/v1). */
export const consentsPath = (patientId: string) => `/patients/${patientId}/treatment-consents`
export const consentPath = (patientId: string, formId: string) =>
  `${consentsPath(patientId)}/${formId}`
export const TEMPLATES_PATH = '/treatment-consent-templates'
export const documentsPath = (patientId: string) => `/patients/${patientId}/documents`
