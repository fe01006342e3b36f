/**
 * What a merge does with each table that has a patient_id (ADR 0011, "Merging clinical and
 * billing records"). `moved`: merge_move_patient_rows() re-points every row of the merged-away
 * record to the record kept. `copied`: merge_patient_records() joins the duplicate's rows into
 * the kept record's and leaves the originals behind. `kept`: the rows stay on the merged-away
 * record and are read through the record kept. A test compares this list with the catalogue,
 * so a new table with a patient_id fails it until it says which.
 */
export type MergeRule =
  | { rule: 'moved'; appMayRepoint?: true }
  | { rule: 'copied'; why: string }
  | { rule: 'kept'; why: string }

export const MERGE_TABLES: Record<string, MergeRule> = {
  appointments: { rule: 'moved' },
  audit_events: {
    rule: 'kept',
    why: 'the hash-chained audit log is append-only and never changed (ADR 0008); a merged-away record’s events are found by its own id',
  },
  clinical_note_addenda: { rule: 'moved' },
  clinical_notes: { rule: 'moved' },
  consent_records: {
    rule: 'kept',
    why: 'the consent ledger is append-only; consent is read from the kept record and every record merged into it',
  },
  credit_notes: { rule: 'moved' },
  dental_findings: { rule: 'moved' },
  instalment_plans: { rule: 'moved' },
  invoices: { rule: 'moved' },
  lab_case_events: { rule: 'moved' },
  lab_cases: { rule: 'moved' },
  medical_certificates: { rule: 'moved' },
  messages: { rule: 'moved' },
  message_threads: {
    rule: 'kept',
    why: 'a read marker of the front desk: the kept record’s conversation (its messages moved) has its own marker',
  },
  medical_histories: {
    rule: 'copied',
    why: 'one history per patient: the lists are joined into the kept record’s, whose answers win',
  },
  patient_care_team: {
    rule: 'copied',
    why: 'one row per person and patient: the duplicate’s active clinicians join the kept record’s team',
  },
  // The documents module re-files a document under another patient itself.
  patient_documents: { rule: 'moved', appMayRepoint: true },
  payment_allocations: { rule: 'moved' },
  payments: { rule: 'moved' },
  perio_exams: { rule: 'moved' },
  perio_sites: { rule: 'moved' },
  perio_teeth: { rule: 'moved' },
  prescription_lines: { rule: 'moved' },
  prescription_overrides: { rule: 'moved' },
  prescriptions: { rule: 'moved' },
  refunds: { rule: 'moved' },
  treatment_acceptances: { rule: 'moved' },
  treatment_consent_forms: { rule: 'moved' },
  treatment_deferrals: { rule: 'moved' },
  treatment_plan_items: { rule: 'moved' },
  treatment_plans: { rule: 'moved' },
  treatment_sittings: { rule: 'moved' },
  vitals: { rule: 'moved' },
  waiting_list: { rule: 'moved' },
}

export const MOVED_TABLES = Object.entries(MERGE_TABLES)
  .filter(([, each]) => each.rule === 'moved')
  .map(([table]) => table)
