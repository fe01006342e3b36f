import { formatDate, formatDateTime } from '../../../shared/format/index.ts'
import { DocumentKit } from './document-kit.ts'
import type { Letterhead } from './types.ts'

/** The doctor as printed under a signature (IMC Regulations 2002, 1.4.2; NMC RMP Regulations 2023). */
export interface SigningDoctor {
  name: string
  qualification: string | null
  registrationNumber: string
  registrationCouncil: string | null
  signaturePng: Buffer
  signedAt: Date
}

/** A treatment consent form with both signatures (server/modules/treatment-consent). */
export interface TreatmentConsentDocument {
  language: 'en' | 'hi'
  letterhead: Letterhead
  /** IANA zone of the clinic, e.g. 'Asia/Kolkata'. */
  timeZone: string
  title: string
  patient: { name: string; reference: string | null; ageSex: string | null }
  /** The form's text as filled: paragraphs separated by blank lines. */
  body: string
  patientSignature: {
    signedBy: 'patient' | 'guardian'
    signerName: string
    relationship: string | null
    signaturePng: Buffer
    signedAt: Date
    witnessName: string
  }
  doctor: SigningDoctor
}

const LABELS = {
  en: {
    phone: 'Phone',
    email: 'Email',
    gstin: 'GSTIN',
    date: 'Date',
    patient: 'Patient',
    reference: 'Patient ID',
    ageSex: 'Age / sex',
    signatures: 'Signatures',
    patientSignature: 'Signature of the patient',
    guardianSignature: 'Signature of the parent or guardian',
    name: 'Name',
    relationship: 'Relationship to the patient',
    signedAt: 'Signed on',
    witness: 'Witness',
    doctorSignature: 'Signature of the doctor',
    doctorStatement:
      'I have explained the nature of the procedure, its benefits, material risks and alternatives to the patient (or guardian) and answered their questions.',
    doctor: 'Doctor',
    qualification: 'Qualification',
    registration: 'Registration No.',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  hi: {
    phone: 'फ़ोन',
    email: 'ईमेल',
    gstin: 'जीएसटीआईएन',
    date: 'दिनांक',
    patient: 'मरीज़',
    reference: 'मरीज़ आईडी',
    ageSex: 'आयु / लिंग',
    signatures: 'हस्ताक्षर',
    patientSignature: 'मरीज़ के हस्ताक्षर',
    guardianSignature: 'माता-पिता या अभिभावक के हस्ताक्षर',
    name: 'नाम',
    relationship: 'मरीज़ से संबंध',
    signedAt: 'हस्ताक्षर का समय',
    witness: 'गवाह',
    doctorSignature: 'डॉक्टर के हस्ताक्षर',
    doctorStatement:
      'मैंने मरीज़ (या अभिभावक) को प्रक्रिया का स्वरूप, उसके लाभ, मुख्य जोखिम और विकल्प समझा दिए हैं और उनके प्रश्नों के उत्तर दिए हैं।',
    doctor: 'डॉक्टर',
    qualification: 'योग्यता',
    registration: 'पंजीकरण संख्या',
    page: (page: number, pages: number) => `पृष्ठ ${page} / ${pages}`,
  },
} as const

/**
 * The signed treatment consent form (issue #13 items 5-6): the letterhead, the patient, the text
 * the patient read in their language, then the patient's or guardian's drawn signature (with the
 * relationship for a guardian) and the witness, and the doctor's, with their qualification and
 * registration number, each with its date and time. Its CreationDate is the doctor's signature,
 * so a re-render gives the same bytes.
 */
export function renderTreatmentConsentPdf(input: TreatmentConsentDocument): Promise<Buffer> {
  const labels = LABELS[input.language]
  const { patientSignature: signer, doctor } = input
  const kit = new DocumentKit({
    title: input.title,
    createdAt: doctor.signedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  kit.letterhead(input.letterhead, labels)
  kit.title(input.title, `${labels.date}: ${formatDate(doctor.signedAt, input.timeZone)}`)
  kit.keyValues(
    [
      [labels.patient, input.patient.name] as [string, string],
      input.patient.reference
        ? ([labels.reference, input.patient.reference] as [string, string])
        : null,
      input.patient.ageSex ? ([labels.ageSex, input.patient.ageSex] as [string, string]) : null,
      [labels.doctor, doctor.name] as [string, string],
    ].filter((pair): pair is [string, string] => pair !== null),
  )
  for (const paragraph of input.body.split(/\n\s*\n/))
    kit.paragraph(paragraph.trim(), { size: 10 }, 6)

  kit.heading(labels.signatures, 150)
  kit.paragraph(
    signer.signedBy === 'patient' ? labels.patientSignature : labels.guardianSignature,
    { size: 10, bold: true },
    2,
  )
  kit.image(signer.signaturePng, 220, 80)
  kit.keyValues(
    [
      [labels.name, signer.signerName] as [string, string],
      signer.relationship ? ([labels.relationship, signer.relationship] as [string, string]) : null,
      [labels.signedAt, formatDateTime(signer.signedAt, input.timeZone)] as [string, string],
      [labels.witness, signer.witnessName] as [string, string],
    ].filter((pair): pair is [string, string] => pair !== null),
  )
  writeDoctorSignature(kit, doctor, labels, input.timeZone, labels.doctorStatement)
  return kit.finish({ left: `${input.letterhead.clinicName} · ${input.title}`, page: labels.page })
}

/** The doctor's statement, drawn signature, name, qualification, registration and time. */
export function writeDoctorSignature(
  kit: DocumentKit,
  doctor: SigningDoctor,
  labels: {
    doctorSignature: string
    doctor: string
    qualification: string
    registration: string
    signedAt: string
  },
  timeZone: string,
  statement: string | null,
): void {
  kit.ensureRoom(170)
  kit.paragraph(labels.doctorSignature, { size: 10, bold: true }, 2)
  if (statement) kit.paragraph(statement, { size: 9 }, 4)
  kit.image(doctor.signaturePng, 220, 80)
  const registration = doctor.registrationCouncil
    ? `${doctor.registrationNumber} (${doctor.registrationCouncil})`
    : doctor.registrationNumber
  kit.keyValues(
    [
      [labels.doctor, doctor.name] as [string, string],
      doctor.qualification
        ? ([labels.qualification, doctor.qualification] as [string, string])
        : null,
      [labels.registration, registration] as [string, string],
      [labels.signedAt, formatDateTime(doctor.signedAt, timeZone)] as [string, string],
    ].filter((pair): pair is [string, string] => pair !== null),
  )
}
