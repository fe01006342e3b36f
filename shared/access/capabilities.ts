/**
 * Who may do what: the one place the role matrix lives in code, read by the server (to
 * refuse) and the web app (to hide what a role cannot use)
 * (../shared/PRODUCT.md, "Roles and permissions"). The database holds the same matrix in
 * role_capabilities for its policies; server/modules/access/role-matrix.int.test.ts keeps
 * the two equal.
 */

export const ROLES = [
  'owner',
  'admin',
  'doctor',
  'assistant',
  'receptionist',
  'accountant',
] as const
export type Role = (typeof ROLES)[number]

export const CAPABILITIES = {
  'audit.read': ['owner', 'admin'],
  'audit.verify': ['owner'],
  'patient.care_team': ['owner', 'admin', 'receptionist'],
  // Billing (issue #12): the front desk and accountants draft and issue invoices. Doctors and
  // assistants have nothing of billing (PRODUCT.md roles matrix). The reports' capability comes
  // with the reports, so that the role-matrix test has a route to prove it on.
  'billing.read': ['owner', 'admin', 'receptionist', 'accountant'],
  'billing.write': ['owner', 'admin', 'receptionist', 'accountant'],
  // GST reports, the GSTR-1 export and e-invoice JSON (issue #12 item 7): those who keep the
  // accounts and file returns; not the front desk (PRODUCT.md roles matrix).
  'billing.reports': ['owner', 'admin', 'accountant'],
  // The procedure catalogue (price list): owners and admins edit it; doctors, the front desk and
  // accountants read it; assistants do not (PRODUCT.md: "Price list, tax settings").
  'catalogue.manage': ['owner', 'admin'],
  'catalogue.read': ['owner', 'admin', 'doctor', 'receptionist', 'accountant'],
  'clinic.settings': ['owner'],
  // Clinical data (history, chart, notes, Rx, documents). Doctors and assistants
  // see only their care-team patients (the database decides, app_clinical_access),
  // doctors all patients if the clinic allows; these two see every patient's.
  'clinical.all_patients': ['owner', 'admin'],
  'clinical.read': ['owner', 'admin', 'doctor', 'assistant'],
  'clinical.write': ['owner', 'admin', 'doctor'],
  // Entering vitals, chart findings, perio measurements and note drafts: assistants too
  // (PRODUCT.md: "R own + vitals/chart entry"). Signing a note: not assistants.
  'clinical.chart_entry': ['owner', 'admin', 'doctor', 'assistant'],
  'clinical.sign': ['owner', 'admin', 'doctor'],
  // Note templates (SOAP text with prompts): every clinical role reads them, these manage them.
  'clinical.templates': ['owner', 'admin'],
  'consent.notice': ['owner', 'admin'],
  // Dental lab cases (issue #13 item 4): the clinical roles send, receive and fit them;
  // assistants too, as they track lab work. Reading is clinical.read (PRODUCT.md roles matrix).
  'lab.manage': ['owner', 'admin', 'doctor', 'assistant'],
  // Messaging (issue #14): the message log and inbox for the front desk and those who run the
  // clinic; providers, templates, timings and quiet hours for owners and admins.
  'messaging.manage': ['owner', 'admin'],
  'messaging.read': ['owner', 'admin', 'receptionist'],
  'messaging.reply': ['owner', 'admin', 'receptionist'],
  'patient.merge': ['owner', 'admin', 'receptionist'],
  'patient.read': ['owner', 'admin', 'doctor', 'assistant', 'receptionist'],
  'patient.write': ['owner', 'admin', 'doctor', 'receptionist'],
  // Issuing a prescription (issue #13 item 2): the registered practitioners' roles. Drafting is
  // clinical.write; assistants read prescriptions (clinical.read) but never issue them.
  'prescription.issue': ['owner', 'admin', 'doctor'],
  // Appointments: doctors see and change their own (all if the clinic allows;
  // the database decides, app_schedule_all); these roles see everyone's.
  'schedule.all_doctors': ['owner', 'admin', 'assistant', 'receptionist', 'accountant'],
  'schedule.configure': ['owner', 'admin'],
  'schedule.read': ['owner', 'admin', 'doctor', 'assistant', 'receptionist', 'accountant'],
  'schedule.write': ['owner', 'admin', 'doctor', 'receptionist'],
  'staff.grant_privileged': ['owner'],
  'staff.manage': ['owner', 'admin'],
  'staff.read': ['owner', 'admin'],
  // The tax profile (legal name, GSTIN) and numbering series (issue #12): owners and admins
  // change them, every role but assistants reads them (PRODUCT.md: "Price list, tax settings").
  'tax.read': ['owner', 'admin', 'doctor', 'receptionist', 'accountant'],
  'tax.settings': ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>

export type Capability = keyof typeof CAPABILITIES

/** Whether the role holds the capability. */
export function roleCan(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role)
}

export function capabilitiesOf(role: Role): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((capability) =>
    roleCan(role, capability),
  )
}

/** Roles only an owner may grant (PRODUCT.md: "only owner grants owner/admin"). */
export const PRIVILEGED_ROLES: readonly Role[] = ['owner', 'admin']

/**
 * Capabilities no role holds: the server's background work uses them as the clinic's system
 * principal (withClinicAsSystem in server/db/with-clinic.ts: no user, a named list), and the
 * database's policies name them, so a staff session can never act as the worker.
 * - `messaging.send`: the sending worker marks attempts and records the provider's answer.
 * - `messaging.receive`: a webhook records a patient's reply and, on STOP, withdraws WhatsApp
 *   consent in the ledger with no staff member behind it.
 * - `messaging.retain`: the retention job deletes message texts and old message rows.
 */
export const SYSTEM_CAPABILITIES = [
  'messaging.send',
  'messaging.receive',
  'messaging.retain',
] as const
