import { formatDate } from '../../../shared/format/index.ts'
import { DocumentKit } from './document-kit.ts'
import { type SigningDoctor, writeDoctorSignature } from './treatment-consent-pdf.ts'
import type { Letterhead } from './types.ts'

/** A signed medical certificate (server/modules/certificates). Dates are ISO calendar dates. */
export interface CertificateDocument {
  language: 'en' | 'hi'
  letterhead: Letterhead
  timeZone: string
  kind: 'fitness' | 'sick_leave' | 'attendance'
  patient: { name: string; reference: string | null; ageSex: string | null }
  fromDate: string
  toDate: string | null
  /** Days of rest, both ends included (sick leave). */
  days: number | null
  diagnosis: string
  remarks: string
  doctor: SigningDoctor
}

interface Statement {
  who: string
  from: string
  to: string
  days: number
}

const LABELS = {
  en: {
    phone: 'Phone',
    email: 'Email',
    gstin: 'GSTIN',
    date: 'Date',
    titles: {
      fitness: 'Medical fitness certificate',
      sick_leave: 'Medical certificate (sick leave)',
      attendance: 'Certificate of attendance',
    },
    patientReference: 'Patient ID',
    statements: {
      sick_leave: (s: Statement) =>
        `This is to certify that ${s.who} was examined by me at this clinic and has been advised rest from ${s.from} to ${s.to} (${s.days} ${s.days === 1 ? 'day' : 'days'}, both days included).`,
      fitness: (s: Statement) =>
        `This is to certify that ${s.who} was examined by me at this clinic and is fit to resume normal duties from ${s.from}.`,
      attendance: (s: Statement) =>
        `This is to certify that ${s.who} attended this clinic for dental treatment on ${s.from}.`,
    },
    diagnosis: 'Diagnosis',
    remarks: 'Remarks',
    doctorSignature: 'Signature of the doctor',
    doctor: 'Doctor',
    qualification: 'Qualification',
    registration: 'Registration No.',
    signedAt: 'Signed on',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  hi: {
    phone: 'फ़ोन',
    email: 'ईमेल',
    gstin: 'जीएसटीआईएन',
    date: 'दिनांक',
    titles: {
      fitness: 'चिकित्सा स्वस्थता प्रमाणपत्र',
      sick_leave: 'चिकित्सा प्रमाणपत्र (बीमारी की छुट्टी)',
      attendance: 'उपस्थिति प्रमाणपत्र',
    },
    patientReference: 'मरीज़ आईडी',
    statements: {
      sick_leave: (s: Statement) =>
        `प्रमाणित किया जाता है कि ${s.who} की मेरे द्वारा इस क्लिनिक में जाँच की गई और उन्हें ${s.from} से ${s.to} तक (${s.days} दिन, दोनों दिन सहित) आराम की सलाह दी गई है।`,
      fitness: (s: Statement) =>
        `प्रमाणित किया जाता है कि ${s.who} की मेरे द्वारा इस क्लिनिक में जाँच की गई और वे ${s.from} से अपने सामान्य कार्य फिर से करने के लिए स्वस्थ हैं।`,
      attendance: (s: Statement) =>
        `प्रमाणित किया जाता है कि ${s.who} ${s.from} को दंत उपचार के लिए इस क्लिनिक में उपस्थित हुए।`,
    },
    diagnosis: 'निदान',
    remarks: 'टिप्पणी',
    doctorSignature: 'डॉक्टर के हस्ताक्षर',
    doctor: 'डॉक्टर',
    qualification: 'योग्यता',
    registration: 'पंजीकरण संख्या',
    signedAt: 'हस्ताक्षर का समय',
    page: (page: number, pages: number) => `पृष्ठ ${page} / ${pages}`,
  },
} as const

/**
 * The medical certificate (issue #13 items 5-6): the letterhead, the statement in the patient's
 * language with the dates, the diagnosis and remarks, and the doctor's drawn signature with name,
 * qualification and registration number, which a certificate must carry (IMC Regulations 2002,
 * 1.4.2 and 7.7). Its CreationDate is the signature's time.
 */
export function renderCertificatePdf(input: CertificateDocument): Promise<Buffer> {
  const labels = LABELS[input.language]
  const title = labels.titles[input.kind]
  const kit = new DocumentKit({
    title,
    createdAt: input.doctor.signedAt,
    language: input.language === 'hi' ? 'hi-IN' : 'en-IN',
  })
  kit.letterhead(input.letterhead, labels)
  kit.title(title, `${labels.date}: ${formatDate(input.doctor.signedAt, input.timeZone)}`)
  const details = [
    input.patient.ageSex,
    input.patient.reference ? `${labels.patientReference} ${input.patient.reference}` : null,
  ].filter((part): part is string => part !== null)
  const who =
    details.length > 0 ? `${input.patient.name} (${details.join(', ')})` : input.patient.name
  kit.y += 8
  kit.paragraph(
    labels.statements[input.kind]({
      who,
      from: formatDate(input.fromDate),
      to: input.toDate ? formatDate(input.toDate) : '',
      days: input.days ?? 1,
    }),
    { size: 11 },
    10,
  )
  if (input.diagnosis) kit.paragraph(`${labels.diagnosis}: ${input.diagnosis}`, { size: 10.5 }, 6)
  if (input.remarks) kit.paragraph(`${labels.remarks}: ${input.remarks}`, { size: 10.5 }, 6)
  kit.y += 12
  writeDoctorSignature(kit, input.doctor, labels, input.timeZone, null)
  return kit.finish({ left: `${input.letterhead.clinicName} · ${title}`, page: labels.page })
}
