// Shapes of the API answers the screens use, as documented in /api/v1/openapi.json.

export const roles = [
  'owner',
  'admin',
  'doctor',
  'assistant',
  'receptionist',
  'accountant',
] as const
export type Role = (typeof roles)[number]

/** Roles only an owner may grant (capability staff.grant_privileged). */
export const privilegedRoles: readonly Role[] = ['owner', 'admin']

export type Capability =
  | 'audit.read'
  | 'audit.verify'
  | 'clinic.settings'
  | 'clinical.all_patients'
  | 'clinical.read'
  | 'clinical.write'
  | 'patient.care_team'
  | 'patient.merge'
  | 'patient.read'
  | 'patient.write'
  | 'schedule.all_doctors'
  | 'schedule.configure'
  | 'schedule.read'
  | 'schedule.write'
  | 'staff.read'
  | 'staff.manage'
  | 'staff.grant_privileged'

export interface Me {
  user: { id: string; email: string; fullName: string; twoFactorEnabled: boolean }
  clinic: {
    id: string
    name: string
    stateCode: string | null
    requireTwoFactor: boolean
    /** Doctors may open every patient's clinical records, not only their care team's. */
    doctorsSeeAllPatients: boolean
    /** Doctors may see and change every doctor's appointments, not only their own. */
    doctorsSeeAllAppointments: boolean
    /** IANA zone the clinic works in, e.g. Asia/Kolkata. */
    timeZone: string
  }
  role: Role
  capabilities: string[]
  mustEnrolTwoFactor: boolean
}

export function can(me: Me, capability: Capability): boolean {
  return me.capabilities.includes(capability)
}

export interface ClinicChoice {
  id: string
  name: string
}

export interface InvitationSummary {
  clinicName: string
  email: string
  role: string
  hasAccount: boolean
}

export interface MySession {
  id: string
  createdAt: string
  lastSeenAt: string
  expiresAt: string
  userAgent: string | null
  isCurrent: boolean
}

export interface TwoFactorSetup {
  secret: string
  otpauthUri: string
  qrSvg: string
}

export interface StaffMember {
  id: string
  userId: string
  fullName: string
  email: string
  role: Role
  registrationNumber: string | null
  registrationCouncil: string | null
  isActive: boolean
  joinedAt: string
}

export interface Invitation {
  id: string
  email: string
  role: Role
  status: 'pending' | 'accepted' | 'revoked' | 'expired'
  sentAt: string
  expiresAt: string
}

export interface AuditEvent {
  id: number
  occurredAt: string
  actor: { userId: string | null; name: string | null; role: string | null }
  action: string
  tableName: string | null
  rowId: string | null
  patientId: string | null
  before: unknown
  after: unknown
  details: unknown
  requestId: string | null
  ip: string | null
  userAgent: string | null
  isSealed: boolean
}

export interface ChainReport {
  isIntact: boolean
  checked: number
  unsealed: number
  firstBroken?: { chainSeq: number; eventId: number | null; reason: string }
}

export interface OutboxMessage {
  id: string
  to: string
  subject: string
  text: string
  html: string | null
  createdAt: string
}

export const sexes = ['female', 'male', 'other', 'unknown'] as const
export type Sex = (typeof sexes)[number]

export interface Contact {
  name: string
  relation: string
  /** E.164, e.g. +919876543210. */
  phone: string
}

export interface Guardian extends Contact {
  /** The guardian was identified as an adult (DPDP Rules 2025, r. 10). */
  isIdentifiedAsAdult: boolean
}

export interface Patient {
  id: string
  /** P-000123: what staff say and write. */
  patientNumber: string
  fullName: string
  /** YYYY-MM-DD; estimated (same day, n years ago) when only the age was given. */
  dateOfBirth: string
  isDateOfBirthEstimated: boolean
  ageYears: number
  sex: Sex
  genderIdentity: string | null
  /** E.164 or null. */
  phone: string | null
  email: string | null
  address: {
    line1: string | null
    line2: string | null
    city: string | null
    /** GST state code, e.g. '29' for Karnataka. */
    stateCode: string | null
    pinCode: string | null
  }
  /** ISO 639-1, e.g. 'hi'. */
  preferredLanguage: string
  aadhaarLast4: string | null
  /** XX-XXXX-XXXX-XXXX. */
  abhaNumber: string | null
  abhaAddress: string | null
  guardian: Guardian | null
  emergencyContact: Contact | null
  referralSource: string | null
  /** Set when this record was merged into another: that one is the patient's record now. */
  mergedIntoId: string | null
  createdAt: string
  updatedAt: string
}

/** A warning about the patient a clinician must see before treating them. */
export interface ClinicalAlert {
  kind: 'allergy' | 'condition' | 'blood_thinner'
  severity: 'critical' | 'warning'
  /** The condition code, the allergy's severity, or 'medication'. */
  code: string
  /** The substance or medicine, if any. */
  text: string | null
}

export interface ClinicalAccess {
  read: boolean
  write: boolean
}

/** GET /patients/{id}: the record, and what the caller may see of the clinical side. */
export interface OpenedPatient extends Patient {
  clinicalAccess: ClinicalAccess
  /** Null when the caller may not see clinical data. */
  alerts: ClinicalAlert[] | null
}

export type PatientSummary = Pick<
  Patient,
  'id' | 'patientNumber' | 'fullName' | 'dateOfBirth' | 'ageYears' | 'sex' | 'phone'
>

/** The answer to POST /patients: the new patient and anyone it may duplicate. */
export interface RegisteredPatient extends Patient {
  possibleDuplicates: PatientSummary[]
}

/** A doctor or assistant who can be put on a patient's care team. */
export interface Clinician {
  userId: string
  fullName: string
  role: 'doctor' | 'assistant'
}

export interface CareTeamMember extends Clinician {
  addedAt: string
}

export const documentKinds = ['xray', 'photo', 'report', 'other'] as const
export type DocumentKind = (typeof documentKinds)[number]

/** An X-ray, photo or report on a patient's record (GET /patients/{id}/documents). */
export interface PatientDocument {
  id: string
  patientId: string
  kind: DocumentKind
  title: string
  fileName: string | null
  mediaType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | 'application/dicom'
  byteSize: number
  width: number | null
  height: number | null
  hasThumbnail: boolean
  uploadedBy: string
  uploadedAt: string
  contentUrl: string
  thumbnailUrl: string | null
}
