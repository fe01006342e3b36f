/**
 * What every clinical tab of the patient page (chart, perio, notes, vitals) is given: who may do
 * what for this patient, decided from the opened patient's care-team access and the role's
 * capabilities (shared/access/capabilities.ts). The API and the database refuse the same things;
 * the screen only hides what would be refused.
 */
export interface ClinicalTabProps {
  patientId: string
  /** Chart findings, perio exams, vitals and note drafts: also assistants on the care team
   * (clinical.chart_entry). */
  canChart: boolean
  /** Sign notes and addenda: owners, admins and doctors (clinical.sign), never assistants. */
  canSign: boolean
  onStatus: (message: string | null) => void
}
