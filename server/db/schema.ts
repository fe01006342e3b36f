import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import { ROLES, type Role } from '../../shared/access/capabilities.ts'
import type {
  ChartMaterial,
  Dentition,
  PricingModel,
  ProcedureCategory,
  ProcedureChartKind,
  Region,
} from '../../shared/contracts/catalogue.ts'
import {
  DOCUMENT_KINDS,
  DOCUMENT_MEDIA_TYPES,
  type DocumentKind,
  type DocumentMediaType,
  type PatientDocumentKind,
} from '../../shared/contracts/documents.ts'
import type { LabCaseStatus, LabMaterial, LabWorkType } from '../../shared/contracts/lab.ts'
import { SEXES, type Sex } from '../../shared/contracts/patients.ts'
import type { ItemStatus, Phase, PlanStatus } from '../../shared/contracts/plans.ts'
import type { ConversationKind, MessageKind } from '../../shared/messaging/index.ts'
import type { AppointmentStatus } from '../../shared/scheduling/status-transitions.ts'

/**
 * Row types of what the application role may see: the tables and columns it has
 * SELECT on. Columns it cannot read (password hashes, token hashes) are left out
 * on purpose, so selecting them does not compile. The migrations are the source
 * of truth; server/db/schema-columns.ts and db/schema-types.test.ts fail when
 * these types and the database drift apart.
 */
type CreatedAt = ColumnType<Date, never, never>
type UpdatedAt = ColumnType<Date, never, never>
/** Written only through columns the app may insert; readable afterwards. */
type Timestamp = ColumnType<Date, Date | string, Date | string>
/** The app may write it but never read it back (token hashes). */
type WriteOnly = ColumnType<never, string, string>

// Roles are shared with the web app, beside the capability matrix.
export { ROLES, type Role }

export interface ClinicsTable {
  id: Generated<string>
  name: string
  time_zone: Generated<string>
  state_code: string | null
  require_two_factor: Generated<boolean>
  doctors_see_all_patients: Generated<boolean>
  doctors_see_all_appointments: Generated<boolean>
  address_line1: string | null
  address_line2: string | null
  city: string | null
  pin_code: string | null
  phone: string | null
  email: string | null
  gstin: string | null
  legal_name: string | null
  logo_key: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface BranchesTable {
  clinic_id: string
  id: Generated<string>
  name: string
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface RoleCapabilitiesTable {
  role: Role
  capability: string
}

export interface UsersTable {
  id: ColumnType<string, never, never>
  email: ColumnType<string, never, never>
  full_name: string
  password_hash: WriteOnly
  password_changed_at: Timestamp
  totp_secret: ColumnType<never, string | null, string | null>
  totp_enabled_at: Timestamp | null
  totp_last_step: ColumnType<never, number | null, number | null>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface MembershipsTable {
  clinic_id: string
  id: Generated<string>
  user_id: string
  role: Role
  registration_number: string | null
  registration_council: string | null
  qualification: string | null
  deactivated_at: Timestamp | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface SessionsTable {
  clinic_id: string
  id: Generated<string>
  user_id: string
  token_hash: WriteOnly
  csrf_token_hash: WriteOnly
  created_at: Timestamp
  last_seen_at: Timestamp
  expires_at: Timestamp
  revoked_at: Timestamp | null
  ip: string | null
  user_agent: string | null
}

export interface InvitationsTable {
  clinic_id: string
  id: Generated<string>
  email: string
  role: Role
  registration_number: string | null
  registration_council: string | null
  qualification: string | null
  token_hash: WriteOnly
  invited_by: string
  created_at: Timestamp
  expires_at: Timestamp
  accepted_at: Timestamp | null
  accepted_user_id: string | null
  revoked_at: Timestamp | null
}

export interface AuditEventsTable {
  clinic_id: string
  id: Generated<number>
  occurred_at: Generated<Date>
  actor_user_id: string | null
  actor_role: string | null
  action: string
  table_name: string | null
  row_id: string | null
  patient_id: string | null
  before: unknown
  after: unknown
  details: unknown
  request_id: string | null
  ip: string | null
  user_agent: string | null
  chain_seq: number | null
  prev_hash: string | null
  hash: string | null
  sealed_at: Date | null
}

export interface ClinicKeysTable {
  clinic_id: string
  id: Generated<string>
  master_key_id: string
  wrapped_key: Buffer
  created_at: CreatedAt
}

export interface ClinicCountersTable {
  clinic_id: string
  name: string
  last_value: number
}

// The values the API accepts are the ones the column's CHECK allows.
export { SEXES, type Sex }

export interface PatientsTable {
  clinic_id: string
  id: Generated<string>
  patient_number: number
  full_name: string
  /** ISO date, YYYY-MM-DD (never a Date: see type-parsers.ts). */
  date_of_birth: string
  is_date_of_birth_estimated: Generated<boolean>
  sex: Sex
  gender_identity: string | null
  phone_cipher: Buffer | null
  phone_index: string | null
  email_cipher: Buffer | null
  email_index: string | null
  aadhaar_last4_cipher: Buffer | null
  abha_number_cipher: Buffer | null
  abha_number_index: string | null
  abha_address_cipher: Buffer | null
  guardian_cipher: Buffer | null
  emergency_contact_cipher: Buffer | null
  address_line1: string | null
  address_line2: string | null
  city: string | null
  state_code: string | null
  pin_code: string | null
  preferred_language: Generated<string>
  referral_source: string | null
  merged_into_id: string | null
  /** Blind-index tokens for partial-phone and guardian search; null until indexed. */
  search_tokens: string[] | null
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** JSON written as text (node-postgres would send an array as a PostgreSQL array). */
type Json<T> = ColumnType<T, string, string>

export interface PatientCareTeamTable {
  clinic_id: string
  patient_id: string
  user_id: string
  id: Generated<string>
  added_by: string | null
  added_at: CreatedAt
}

export interface MedicalHistoriesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  conditions: Json<unknown[]>
  allergies: Json<unknown[]>
  medications: Json<unknown[]>
  habits: Json<Record<string, unknown>>
  dental_history: Json<Record<string, unknown>>
  chief_complaint: string | null
  version: Generated<number>
  updated_by: string
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Vital signs, never changed (20261204170100_vitals.sql); numeric columns come back as strings. */
export interface VitalsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  taken_at: ColumnType<Date, Date | string | undefined, never>
  systolic: number | null
  diastolic: number | null
  pulse: number | null
  temperature_c: ColumnType<string | null, number | null | undefined, never>
  spo2: number | null
  weight_kg: ColumnType<string | null, number | null | undefined, never>
  height_cm: ColumnType<string | null, number | null | undefined, never>
  glucose_mg_dl: number | null
  glucose_context: 'fasting' | 'random' | 'post_prandial' | null
  recorded_by: string
  created_at: CreatedAt
}

/** Clinical notes (SOAP); a signed row is locked by trigger (20261204170000_clinical_notes.sql). */
export interface ClinicalNotesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  visit_date: ColumnType<string, string, string>
  appointment_id: string | null
  subjective: Generated<string>
  objective: Generated<string>
  assessment: Generated<string>
  plan: Generated<string>
  version: Generated<number>
  author_id: string
  created_at: CreatedAt
  updated_at: UpdatedAt
  signed_by: string | null
  signed_at: ColumnType<Date | null, never, Date | string>
  content_hash: string | null
}

/** Signed addenda of signed notes; immutable. */
export interface ClinicalNoteAddendaTable {
  clinic_id: string
  id: Generated<string>
  note_id: string
  patient_id: string
  body: string
  signed_by: string
  signed_at: ColumnType<Date, Date | string, never>
  content_hash: string
}

/** SOAP templates with [[prompts]], per clinic; archived, never deleted (20261205090000_note_templates.sql). */
export interface NoteTemplatesTable {
  clinic_id: string
  id: Generated<string>
  name: string
  subjective: Generated<string>
  objective: Generated<string>
  assessment: Generated<string>
  plan: Generated<string>
  is_archived: Generated<boolean>
  created_by: Generated<string | null>
  created_at: CreatedAt
  updated_by: string | null
  updated_at: UpdatedAt
}

/** A clinic's own drug items beside the master; archived, never deleted (20261209100000_formulary.sql). */
export interface ClinicDrugsTable {
  clinic_id: string
  id: Generated<string>
  generic: string
  /** JSON array of class codes the master uses. */
  classes: ColumnType<unknown, string, string>
  category: string
  schedule: string
  /** JSON array of { form, strengths: [{ label, mg?, perMl? }] } (shared/prescriptions/types.ts). */
  presentations: ColumnType<unknown, string, string>
  /** JSON array of routes. */
  routes: ColumnType<unknown, string, string>
  is_archived: Generated<boolean>
  created_by: Generated<string | null>
  created_at: CreatedAt
  updated_by: string | null
  updated_at: UpdatedAt
}

/** One prescriber's one-keystroke line for a drug (20261209100000_formulary.sql). */
export interface PrescriptionFavouritesTable {
  clinic_id: string
  id: Generated<string>
  user_id: Generated<string>
  drug_code: string
  strength_label: string | null
  dose_amount: ColumnType<string, number | string, number | string>
  dose_unit: string
  route: string
  frequency: string
  food_timing: string
  duration_days: number
  instructions_en: Generated<string>
  instructions_hi: Generated<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Named per-diagnosis sets of lines, per clinic (20261209100000_formulary.sql). */
export interface PrescriptionSetsTable {
  clinic_id: string
  id: Generated<string>
  name: string
  /** JSON array of lines shaped like a favourite's (shared/contracts/formulary.ts). */
  lines: ColumnType<unknown, string, string>
  created_by: Generated<string | null>
  created_at: CreatedAt
  updated_by: string | null
  updated_at: UpdatedAt
}

/** Prescriptions; locked by trigger once issued but for one cancellation (20261209110000_prescriptions.sql). */
export interface PrescriptionsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  status: ColumnType<'draft' | 'issued' | 'cancelled', 'draft' | undefined, 'issued' | 'cancelled'>
  language: 'en' | 'hi'
  diagnosis: Generated<string>
  advice: Generated<string>
  follow_up_date: ColumnType<string | null, string | null | undefined, string | null>
  author_id: string
  created_at: CreatedAt
  updated_at: UpdatedAt
  replaces_id: ColumnType<string | null, string | null | undefined, never>
  number: string | null
  issued_by: string | null
  issued_at: ColumnType<Date | null, never, Date>
  prescriber_name: string | null
  prescriber_qualification: string | null
  prescriber_council: string | null
  prescriber_registration: string | null
  /** JSON array of SafetyWarning (shared/prescriptions/types.ts) as given at issue. */
  warnings: ColumnType<unknown, never, string>
  document_id: string | null
  cancelled_at: ColumnType<Date | null, never, Date>
  cancelled_by: string | null
  cancel_reason: string | null
  replaced_by_id: string | null
}

/** A prescription's lines, in order; replaced whole while a draft, never changed after issue. */
export interface PrescriptionLinesTable {
  clinic_id: string
  prescription_id: string
  position: number
  patient_id: string
  drug_code: string | null
  is_custom: boolean
  generic_name: string
  strength_label: string | null
  strength_mg: ColumnType<string | null, number | null, never>
  strength_per_ml: ColumnType<string | null, number | null, never>
  form: string
  dose_amount: ColumnType<string, number, never>
  dose_unit: string
  route: string
  frequency: string
  food_timing: string
  duration_days: number
  quantity: string
  instructions: Generated<string>
  schedule: string | null
}

/** The reason for each warning overridden at issue; insert-only. */
export interface PrescriptionOverridesTable {
  clinic_id: string
  id: Generated<string>
  prescription_id: string
  patient_id: string
  warning_id: string
  kind: string
  reason: string
  overridden_by: string
  overridden_at: CreatedAt
}

/** The last serial of each financial year's prescription numbers, per clinic. */
export interface PrescriptionSeriesTable {
  clinic_id: string
  financial_year: string
  last_serial: number
}

/** The procedure catalogue per clinic; archived, never deleted (20261205100000_procedure_catalogue.sql). */
export interface ProceduresTable {
  clinic_id: string
  id: Generated<string>
  code: string
  name: string
  category: ProcedureCategory
  pricing_model: PricingModel
  price_paise: number
  sac_code: string
  taxable: Generated<boolean>
  gst_rate_bp: Generated<number>
  dentition: Generated<Dentition>
  region: Generated<Region>
  surfaces_required: Generated<boolean>
  default_sittings: Generated<number>
  chart_kind: ProcedureChartKind | null
  chart_material: ChartMaterial | null
  is_archived: Generated<boolean>
  created_at: CreatedAt
  updated_by: string | null
  updated_at: UpdatedAt
}

export interface PatientDocumentsTable {
  clinic_id: string
  id: string
  patient_id: string
  kind: PatientDocumentKind
  title: string
  original_name: string | null
  media_type: DocumentMediaType
  byte_size: number
  storage_key: string
  thumbnail_key: string | null
  width: number | null
  height: number | null
  uploaded_by: string
  uploaded_at: CreatedAt
  /** SHA-256 (hex) of a generated document's bytes (estimates, signed forms); null for uploads. */
  content_sha256: string | null
}

// Appointment statuses and the rules between them are shared with the web app.
export type { AppointmentStatus }
// Document kinds and media types are shared with the web app (the documents contract).
export { DOCUMENT_KINDS, DOCUMENT_MEDIA_TYPES, type DocumentKind, type DocumentMediaType }

export interface ChairsTable {
  clinic_id: string
  id: Generated<string>
  branch_id: string
  name: string
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface AppointmentTypesTable {
  clinic_id: string
  id: Generated<string>
  name: string
  default_minutes: number
  colour: string
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Wall-clock times in the clinic's zone, as 'HH:MM:SS'. */
export interface WorkingHoursTable {
  clinic_id: string
  id: Generated<string>
  branch_id: string
  doctor_user_id: string
  weekday: number
  starts_at: string
  ends_at: string
  created_at: CreatedAt
}

export interface ScheduleExceptionsTable {
  clinic_id: string
  id: Generated<string>
  doctor_user_id: string | null
  kind: 'leave' | 'holiday' | 'training' | 'other'
  starts_at: Timestamp
  ends_at: Timestamp
  note: string | null
  created_by: string | null
  created_at: CreatedAt
}

export interface AppointmentsTable {
  clinic_id: string
  id: Generated<string>
  branch_id: string
  patient_id: string
  doctor_user_id: string
  chair_id: string | null
  appointment_type_id: string | null
  starts_at: Timestamp
  ends_at: Timestamp
  /** Generated from starts_at and ends_at. */
  during: ColumnType<string, never, never>
  status: Generated<AppointmentStatus>
  is_walk_in: Generated<boolean>
  is_override: Generated<boolean>
  notes: string | null
  cancel_reason: string | null
  status_changed_at: CreatedAt
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface WaitingListTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  on_date: string
  doctor_user_id: string | null
  note: string | null
  appointment_id: string | null
  added_by: string | null
  added_at: CreatedAt
  resolved_at: Timestamp | null
}

export interface RecallRulesTable {
  clinic_id: string
  id: Generated<string>
  name: string
  interval_months: number
  after_type_id: string | null
  is_active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** One dental chart finding; append-only, a change supersedes it (20261204150000_dental_chart.sql). */
export interface DentalFindingsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  tooth: number
  surfaces: ColumnType<string[], string[] | undefined, never>
  kind: string
  material: string | null
  mobility_grade: number | null
  recession_mm: number | null
  status: 'existing' | 'planned' | 'completed'
  note: string | null
  recorded_by: string
  recorded_at: ColumnType<Date, Date | string | undefined, never>
  completed_by: string | null
  completed_at: ColumnType<Date | null, Date | string | null | undefined, never>
  supersedes_id: string | null
  superseded_at: ColumnType<Date | null, never, Date | string>
  superseded_by: ColumnType<string | null, never, string>
  superseded_reason: ColumnType<string | null, never, string>
}

/** A treatment plan: one version of what is proposed to a patient (20261205100100_treatment_plans.sql). */
export interface TreatmentPlansTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  title: string
  doctor_id: string
  alternative_group: Generated<string>
  revision_of: ColumnType<string | null, string | null | undefined, never>
  version: ColumnType<number, number | undefined, never>
  status: Generated<PlanStatus>
  note: string | null
  created_by: ColumnType<string, string, never>
  created_at: CreatedAt
  updated_at: UpdatedAt
  status_changed_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** An item of a plan; frozen by trigger once the plan is not proposed (same migration). */
export interface TreatmentPlanItemsTable {
  clinic_id: string
  id: Generated<string>
  plan_id: ColumnType<string, string, never>
  patient_id: ColumnType<string, string, never>
  procedure_id: ColumnType<string, string, never>
  code: ColumnType<string, string, never>
  name: ColumnType<string, string, never>
  pricing_model: ColumnType<PricingModel, PricingModel, never>
  tooth: ColumnType<number | null, number | null | undefined, never>
  surfaces: ColumnType<string[], string[] | undefined, never>
  quadrant: ColumnType<number | null, number | null | undefined, never>
  arch: ColumnType<'upper' | 'lower' | null, 'upper' | 'lower' | null | undefined, never>
  quantity: ColumnType<number, number | undefined, never>
  unit_price_paise: number
  discount_paise: Generated<number>
  sac_code: ColumnType<string, string, never>
  taxable: ColumnType<boolean, boolean, never>
  gst_rate_bp: ColumnType<number, number, never>
  phase: Generated<Phase>
  position: Generated<number>
  planned_sittings: Generated<number>
  status: Generated<ItemStatus>
  finding_id: string | null
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  completed_by: string | null
  created_by: ColumnType<string, string, never>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** A sitting of a plan item; never changed (same migration). */
export interface TreatmentSittingsTable {
  clinic_id: string
  id: Generated<string>
  item_id: string
  patient_id: string
  sitting_number: number
  performed_on: ColumnType<string, string, never>
  doctor_id: string
  work_done: string
  progress_note: string | null
  recorded_by: string
  recorded_at: CreatedAt
}

/** A signed acceptance of one plan version; never changed (same migration). */
export interface TreatmentAcceptancesTable {
  clinic_id: string
  id: Generated<string>
  plan_id: string
  patient_id: string
  plan_version: number
  signed_by: 'patient' | 'guardian'
  signer_name_cipher: Buffer | null
  estimate: ColumnType<unknown, string, never>
  subtotal_paise: ColumnType<string | number, number | bigint, never>
  discount_paise: ColumnType<string | number, number | bigint, never>
  gst_paise: ColumnType<string | number, number | bigint, never>
  total_paise: ColumnType<string | number, number | bigint, never>
  estimate_sha256: string
  estimate_document_id: string
  signed_document_id: string
  witnessed_by: string
  accepted_at: CreatedAt
}

/** Treatment consent form templates with [[placeholders]], per clinic (20261209130000_treatment_consent_forms.sql). */
export interface ConsentFormTemplatesTable {
  clinic_id: string
  id: Generated<string>
  title: string
  procedure_kind: 'extraction' | 'root_canal' | 'implant' | 'general'
  language: 'en' | 'hi'
  body: string
  version: Generated<number>
  is_archived: Generated<boolean>
  created_by: Generated<string | null>
  created_at: CreatedAt
  updated_by: string | null
  updated_at: UpdatedAt
}

/** A filled treatment consent form, its two signatures and its PDF; locked once signed (same migration). */
export interface TreatmentConsentFormsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  template_id: string
  template_version: number
  title: string
  procedure_kind: 'extraction' | 'root_canal' | 'implant' | 'general'
  language: 'en' | 'hi'
  body: string
  plan_item_id: string | null
  doctor_id: string
  filled_by: string
  created_at: CreatedAt
  patient_signed_by: 'patient' | 'guardian' | null
  signer_name_cipher: Buffer | null
  guardian_relationship: string | null
  patient_signature_png: Buffer | null
  patient_signed_at: Timestamp | null
  witnessed_by: string | null
  doctor_signature_png: Buffer | null
  doctor_signed_at: Timestamp | null
  document_id: string | null
  document_sha256: string | null
}

/** Medical certificates (fitness, sick leave, attendance); locked once signed (20261209130100_medical_certificates.sql). */
export interface MedicalCertificatesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  kind: 'fitness' | 'sick_leave' | 'attendance'
  language: 'en' | 'hi'
  from_date: ColumnType<string, string, never>
  to_date: ColumnType<string | null, string | null | undefined, never>
  diagnosis: Generated<string>
  remarks: Generated<string>
  created_by: string
  created_at: CreatedAt
  signed_by: string | null
  signed_at: Timestamp | null
  registration_number: string | null
  document_id: string | null
  document_sha256: string | null
}

/** Each clinic's messaging settings; no row means the defaults (20261211100000_messages.sql). */
export interface MessagingSettingsTable {
  clinic_id: string
  mode: Generated<'whatsapp' | 'click_to_chat' | 'off'>
  send_confirmations: Generated<boolean>
  reminder_minutes: Generated<number[]>
  quiet_start: Generated<string>
  quiet_end: Generated<string>
  updated_at: Generated<Date>
}

export type MessageStatus =
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'cancelled'
  | 'skipped'
  | 'received'

export type MessageSkipReason =
  | 'no_consent'
  | 'no_mobile'
  | 'no_email'
  | 'appointment_changed'
  | 'too_late'
  | 'messaging_off'
  | 'window_closed'
  | 'recall_booked'
  | 'paid'

/** The patient-message outbox, one row per idempotency key (same migration). */
export interface MessagesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  appointment_id: string | null
  kind: MessageKind | ConversationKind
  direction: Generated<'out' | 'in'>
  channel: 'whatsapp' | 'sms' | 'email'
  idempotency_key: string
  due_at: Timestamp
  status: Generated<MessageStatus>
  skip_reason: MessageSkipReason | null
  language: 'en' | 'hi' | null
  provider: 'outbox' | 'meta' | 'interakt' | 'wati' | 'click_to_chat' | 'smtp' | null
  attempts: Generated<number>
  attempt_started_at: Timestamp | null
  provider_message_id: string | null
  error_code: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
  sent_at: Timestamp | null
  delivered_at: Timestamp | null
  read_at: Timestamp | null
  failed_at: Timestamp | null
  /** HMAC of the patient's number under a platform key: routes a reply to its clinic. */
  contact_key: string | null
  /** What a recall or payment reminder is about (20261213100000_recall_payment_messages.sql). */
  recall_rule_id: string | null
  invoice_id: string | null
  /** The prescription a document message carries (20261213110000_message_documents.sql). */
  prescription_id: string | null
  /** Sent through the clinic's own provider, not the platform's shared sender. */
  sent_by_clinic_provider: Generated<boolean>
}

/** The sealed PDF a document message carries (20261213110000_message_documents.sql). */
export interface MessageAttachmentsTable {
  clinic_id: string
  message_id: string
  filename: string
  label: string
  content_cipher: Buffer
  token_hash: Buffer | null
  expires_at: Timestamp | null
  created_at: CreatedAt
}

/** A clinic's own WhatsApp sender (20261213090000_messaging_providers.sql). */
export interface MessagingProvidersTable {
  clinic_id: string
  provider: 'meta' | 'interakt' | 'wati'
  /** The credentials as JSON, sealed with the clinic key ('messaging_providers.credentials'). */
  credentials_cipher: Buffer
  label: string
  webhook_token_hash: Buffer
  tested_at: Timestamp
  connected_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** A clinic's own wording of a message kind (20261212110000_message_templates.sql). */
export interface MessageTemplatesTable {
  clinic_id: string
  kind: MessageKind
  language: 'en' | 'hi'
  body: string
  updated_by: string | null
  updated_at: UpdatedAt
}

/** How far the front desk has read each patient's conversation (20261212090000_message_inbox.sql). */
export interface MessageThreadsTable {
  clinic_id: string
  patient_id: string
  seen_up_to: Timestamp
  seen_by: string | null
  updated_at: UpdatedAt
}

/** The sealed text of a sent message, deleted after 90 days; not audited (same migration). */
export interface MessageBodiesTable {
  clinic_id: string
  message_id: string
  body_cipher: ColumnType<Buffer, Buffer, never>
  created_at: CreatedAt
}

/** Why a patient deferred accepted treatment, and when to follow up (same migration). */
export interface TreatmentDeferralsTable {
  clinic_id: string
  id: Generated<string>
  plan_id: string
  patient_id: string
  reason: 'cost' | 'time' | 'fear' | 'other'
  note: string | null
  follow_up_on: ColumnType<string | null, string | null | undefined, never>
  recorded_by: string
  recorded_at: CreatedAt
}

/** Numbering series per clinic and kind of document (20261206100000_invoices.sql). */
export interface DocumentSeriesTable {
  clinic_id: string
  id: Generated<string>
  kind: DocumentSeriesKind
  prefix: string
  width: Generated<number>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Last serial per clinic, kind and financial year; taken under a row lock at issue. */
export interface DocumentCountersTable {
  clinic_id: string
  id: Generated<string>
  kind: DocumentSeriesKind
  fy_start_year: number
  last_serial: number
}

export type DocumentSeriesKind = 'invoice' | 'credit_note' | 'receipt' | 'refund'
export type InvoiceKind = 'tax_invoice' | 'bill_of_supply' | 'invoice_cum_bill_of_supply'

/** An invoice: a draft, then issued and never changed (same migration, trigger `immutable`). */
export interface InvoicesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: ColumnType<string, string, never>
  status: Generated<'draft' | 'issued'>
  kind: InvoiceKind | null
  number: string | null
  fy_start_year: number | null
  serial: number | null
  issued_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  issued_by: string | null
  supplier_name: string | null
  supplier_gstin: string | null
  supplier_state_code: string | null
  recipient_name: string | null
  recipient_address: string | null
  recipient_state_code: string | null
  recipient_gstin: string | null
  round_off: Generated<boolean>
  notes: string | null
  taxable_value_paise: Generated<number>
  exempt_value_paise: Generated<number>
  cgst_paise: Generated<number>
  sgst_paise: Generated<number>
  round_off_paise: Generated<number>
  total_paise: Generated<number>
  created_by: ColumnType<string, string, never>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** A line of an invoice; replaced while a draft, never changed once issued (same migration). */
export interface InvoiceLinesTable {
  clinic_id: string
  id: Generated<string>
  invoice_id: string
  position: number
  description: string
  sac_code: string
  quantity: number
  unit_price_paise: number
  discount_paise: Generated<number>
  taxable: boolean
  gst_rate_bp: number
  taxable_value_paise: number
  cgst_paise: number
  sgst_paise: number
  total_paise: number
  plan_item_id: string | null
  /** Set once a credit note reverses the whole line, so the plan item can be billed again. */
  plan_item_released: Generated<boolean>
  created_at: CreatedAt
}

export type PaymentMode = 'cash' | 'upi' | 'card' | 'bank_transfer' | 'cheque'
export type CreditNoteReason = 'cancellation' | 'discount' | 'deficiency' | 'other'
type WrittenAt = ColumnType<Date, Date | string, never>

/** A credit note against an issued invoice; written once (20261207080000_credit_notes_payments.sql). */
export interface CreditNotesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  invoice_id: string
  number: string
  fy_start_year: number
  serial: number
  issued_at: WrittenAt
  issued_by: string
  reason: CreditNoteReason
  note: string | null
  supplier_name: string
  supplier_gstin: string | null
  recipient_name: string | null
  recipient_gstin: string | null
  taxable_value_paise: number
  exempt_value_paise: number
  cgst_paise: number
  sgst_paise: number
  round_off_paise: Generated<number>
  total_paise: number
  created_at: CreatedAt
}

/** What a credit note reverses of one invoice line (same migration). */
export interface CreditNoteLinesTable {
  clinic_id: string
  id: Generated<string>
  credit_note_id: string
  invoice_line_id: string
  position: number
  taxable_value_paise: number
  cgst_paise: number
  sgst_paise: number
  total_paise: number
}

/** Money received, with its receipt number (same migration). */
export interface PaymentsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  number: string
  fy_start_year: number
  serial: number
  received_at: WrittenAt
  received_by: string
  amount_paise: number
  notes: string | null
  created_at: CreatedAt
}

/** How a payment was paid: one row per mode (same migration). */
export interface PaymentTendersTable {
  clinic_id: string
  id: Generated<string>
  payment_id: string
  position: number
  mode: PaymentMode
  reference: string | null
  amount_paise: number
}

/** Money of a patient's account set against an invoice (same migration). */
export interface PaymentAllocationsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  invoice_id: string
  payment_id: string | null
  amount_paise: number
  created_at: CreatedAt
  created_by: string
}

/** The schedule for paying the rest of an issued invoice (20261207083000_instalments.sql). */
export interface InstalmentPlansTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  invoice_id: string
  covered_before_paise: number
  note: string | null
  created_by: string
  created_at: CreatedAt
}

/** One amount and due date of an instalment plan (same migration). */
export interface InstalmentsTable {
  clinic_id: string
  id: Generated<string>
  plan_id: string
  position: number
  due_on: ColumnType<string, string, never>
  amount_paise: number
}

/** Money paid back from a patient's account credit (same migration). */
export interface RefundsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  number: string
  fy_start_year: number
  serial: number
  refunded_at: WrittenAt
  refunded_by: string
  mode: PaymentMode
  reference: string | null
  amount_paise: number
  reason: string
  credit_note_id: string | null
  created_at: CreatedAt
}

/** A periodontal exam; immutable once completed (20261204160000_periodontal_chart.sql). */
export interface PerioExamsTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  status: Generated<'draft' | 'completed'>
  include_implants: Generated<boolean>
  appointment_id: string | null
  copied_from: string | null
  created_by: string
  created_at: CreatedAt
  updated_at: UpdatedAt
  completed_by: string | null
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
  confirmed_stage: 'I' | 'II' | 'III' | 'IV' | null
  confirmed_grade: 'A' | 'B' | 'C' | null
  confirmed_by: string | null
  confirmed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
}

/** Per-tooth findings of a periodontal exam. */
export interface PerioTeethTable {
  clinic_id: string
  id: Generated<string>
  exam_id: string
  patient_id: string
  tooth: number
  missing: Generated<boolean>
  implant: Generated<boolean>
  mobility: number | null
  furcation: number | null
}

/** One probing site of a periodontal exam (CAL = ppd + recession, not stored). */
export interface PerioSitesTable {
  clinic_id: string
  id: Generated<string>
  exam_id: string
  patient_id: string
  tooth: number
  site: 'DB' | 'B' | 'MB' | 'DL' | 'L' | 'ML'
  ppd: number | null
  recession: number | null
  bleeding: Generated<boolean>
  suppuration: Generated<boolean>
  plaque: Generated<boolean>
}

/** The clinic's dental labs; archived, never deleted (20261209120000_lab_cases.sql). */
export interface LabsTable {
  clinic_id: string
  id: Generated<string>
  name: string
  contact_person: string | null
  phone: string | null
  email: string | null
  address: string | null
  notes: string | null
  archived_at: Date | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** Dental lab cases (20261209120000_lab_cases.sql); dates are YYYY-MM-DD strings. */
export interface LabCasesTable {
  clinic_id: string
  id: Generated<string>
  patient_id: string
  lab_id: string
  work_type: LabWorkType
  teeth: number[]
  shade: string | null
  material: LabMaterial | null
  instructions: string | null
  sent_on: string
  due_on: string
  status: Generated<LabCaseStatus>
  received_on: string | null
  fitted_on: string | null
  remake_reason: string | null
  remake_of: string | null
  plan_item_id: string | null
  cost_paise: number | null
  created_by: string
  created_at: CreatedAt
  updated_at: UpdatedAt
}

/** The steps of a lab case, never changed (20261209120000_lab_cases.sql). */
export interface LabCaseEventsTable {
  clinic_id: string
  id: Generated<string>
  case_id: string
  patient_id: string
  status: LabCaseStatus
  occurred_on: string
  note: string | null
  recorded_by: string
  recorded_at: CreatedAt
}

export interface Database {
  clinics: ClinicsTable
  branches: BranchesTable
  role_capabilities: RoleCapabilitiesTable
  users: UsersTable
  memberships: MembershipsTable
  sessions: SessionsTable
  invitations: InvitationsTable
  audit_events: AuditEventsTable
  clinic_keys: ClinicKeysTable
  clinic_counters: ClinicCountersTable
  patients: PatientsTable
  patient_care_team: PatientCareTeamTable
  medical_histories: MedicalHistoriesTable
  vitals: VitalsTable
  clinical_notes: ClinicalNotesTable
  clinical_note_addenda: ClinicalNoteAddendaTable
  note_templates: NoteTemplatesTable
  clinic_drugs: ClinicDrugsTable
  prescription_favourites: PrescriptionFavouritesTable
  prescription_sets: PrescriptionSetsTable
  prescriptions: PrescriptionsTable
  prescription_lines: PrescriptionLinesTable
  prescription_overrides: PrescriptionOverridesTable
  prescription_series: PrescriptionSeriesTable
  procedures: ProceduresTable
  dental_findings: DentalFindingsTable
  treatment_plans: TreatmentPlansTable
  treatment_plan_items: TreatmentPlanItemsTable
  treatment_sittings: TreatmentSittingsTable
  treatment_acceptances: TreatmentAcceptancesTable
  treatment_deferrals: TreatmentDeferralsTable
  consent_form_templates: ConsentFormTemplatesTable
  treatment_consent_forms: TreatmentConsentFormsTable
  medical_certificates: MedicalCertificatesTable
  messaging_settings: MessagingSettingsTable
  messages: MessagesTable
  message_bodies: MessageBodiesTable
  message_threads: MessageThreadsTable
  message_templates: MessageTemplatesTable
  messaging_providers: MessagingProvidersTable
  message_attachments: MessageAttachmentsTable
  labs: LabsTable
  lab_cases: LabCasesTable
  lab_case_events: LabCaseEventsTable
  document_series: DocumentSeriesTable
  document_counters: DocumentCountersTable
  invoices: InvoicesTable
  invoice_lines: InvoiceLinesTable
  credit_notes: CreditNotesTable
  credit_note_lines: CreditNoteLinesTable
  payments: PaymentsTable
  payment_tenders: PaymentTendersTable
  payment_allocations: PaymentAllocationsTable
  refunds: RefundsTable
  instalment_plans: InstalmentPlansTable
  instalments: InstalmentsTable
  perio_exams: PerioExamsTable
  perio_teeth: PerioTeethTable
  perio_sites: PerioSitesTable
  patient_documents: PatientDocumentsTable
  chairs: ChairsTable
  appointment_types: AppointmentTypesTable
  working_hours: WorkingHoursTable
  schedule_exceptions: ScheduleExceptionsTable
  appointments: AppointmentsTable
  waiting_list: WaitingListTable
  recall_rules: RecallRulesTable
  idempotency_keys: IdempotencyKeysTable
}

export type Clinic = Selectable<ClinicsTable>
export type Branch = Selectable<BranchesTable>
export type NewBranch = Insertable<BranchesTable>
export type Membership = Selectable<MembershipsTable>
export type Invitation = Selectable<InvitationsTable>
export type AuditEvent = Selectable<AuditEventsTable>
export type Patient = Selectable<PatientsTable>

/** Idempotency-Key of a create and its stored answer (server/http/idempotency.ts). */
export interface IdempotencyKeysTable {
  clinic_id: string
  user_id: string
  key: string
  request_hash: string
  /** Null while the first request runs. */
  response_status: number | null
  /** Encrypted with the clinic's data key (field `idempotency_keys.response_body`). */
  response_body: Buffer | null
  created_at: Generated<Date>
  completed_at: Date | null
}
