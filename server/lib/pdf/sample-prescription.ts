import type { PrescriptionDocument, PrescriptionDocumentLine } from './prescription-types.ts'
import { SAMPLE_LOGO_PNG } from './sample-estimate.ts'

/**
 * A made-up prescription for the PDF tests and bench/prescription-pdf.ts: a full letterhead, a
 * registered prescriber and `lineCount` medicines cycling through common dental prescriptions
 * (an H1 antibiotic, an NSAID, a mouthwash, a custom line…), instructions in the language.
 */
const LINES: Array<Omit<PrescriptionDocumentLine, 'instructions'> & { en: string; hi: string }> = [
  {
    genericName: 'Amoxicillin',
    strengthLabel: '500 mg',
    form: 'capsule',
    doseAmount: 1,
    doseUnit: 'capsule',
    route: 'oral',
    frequency: '1-1-1',
    foodTiming: 'after_food',
    durationDays: 5,
    quantity: '15 capsules',
    schedule: 'H',
    en: 'Complete the full course even if the pain settles.',
    hi: 'दर्द ठीक होने पर भी पूरा कोर्स पूरा करें।',
  },
  {
    genericName: 'Ibuprofen',
    strengthLabel: '400 mg',
    form: 'tablet',
    doseAmount: 1,
    doseUnit: 'tablet',
    route: 'oral',
    frequency: '1-0-1',
    foodTiming: 'after_food',
    durationDays: 3,
    quantity: '6 tablets',
    schedule: 'otc',
    en: 'Take only if there is pain.',
    hi: 'केवल दर्द होने पर लें।',
  },
  {
    genericName: 'Chlorhexidine gluconate',
    strengthLabel: '0.2%',
    form: 'mouthwash',
    doseAmount: 10,
    doseUnit: 'ml',
    route: 'mouth_rinse',
    frequency: '1-0-1',
    foodTiming: 'after_food',
    durationDays: 7,
    quantity: '1 bottle (150 ml)',
    schedule: 'otc',
    en: 'Rinse for 30 seconds and spit; do not swallow.',
    hi: '30 सेकंड कुल्ला करके थूक दें; निगलें नहीं।',
  },
  {
    genericName: 'Cefixime',
    strengthLabel: '200 mg',
    form: 'tablet',
    doseAmount: 1,
    doseUnit: 'tablet',
    route: 'oral',
    frequency: '1-0-1',
    foodTiming: 'after_food',
    durationDays: 5,
    quantity: '10 tablets',
    schedule: 'H1',
    en: '',
    hi: '',
  },
  {
    genericName: 'Paracetamol',
    strengthLabel: '125 mg/5 ml',
    form: 'syrup',
    doseAmount: 7.5,
    doseUnit: 'ml',
    route: 'oral',
    frequency: 'sos',
    foodTiming: 'any',
    durationDays: 3,
    quantity: '1 bottle (60 ml)',
    schedule: 'otc',
    en: 'At most 4 doses in a day.',
    hi: 'दिन में 4 से अधिक खुराक न दें।',
  },
  {
    genericName: 'Clove oil gel (clinic preparation)',
    strengthLabel: null,
    form: 'gel',
    doseAmount: 1,
    doseUnit: 'application',
    route: 'topical',
    frequency: '1-1-1',
    foodTiming: 'any',
    durationDays: 2,
    quantity: '1 tube',
    schedule: null,
    en: 'Apply on the gum near the tooth.',
    hi: 'दाँत के पास मसूड़े पर लगाएँ।',
  },
]

export function samplePrescription(
  language: 'en' | 'hi',
  lineCount = 6,
  options: { isDraft?: boolean } = {},
): PrescriptionDocument {
  const isDraft = options.isDraft ?? false
  return {
    language,
    letterhead: {
      clinicName: 'Smile Dental Care',
      addressLines: ['12, MG Road, Indiranagar', 'Bengaluru, Karnataka 560038'],
      phone: '+91 98765 43210',
      email: 'care@smiledental.example',
      gstin: null,
      logoPng: SAMPLE_LOGO_PNG,
    },
    issuedAt: new Date('2026-12-09T05:30:00Z'),
    timeZone: 'Asia/Kolkata',
    isDraft,
    number: isDraft ? null : 'RX/26-27/0042',
    prescriber: {
      name: 'Dr. Asha Rao',
      qualification: 'BDS, MDS (Endodontics)',
      council: 'Karnataka State Dental Council',
      registrationNumber: 'KSDC-A-12345',
    },
    patient: { name: 'Ravi Kumar', reference: 'P-000123', ageSex: '9 y / M', weightKg: 28 },
    diagnosis: language === 'hi' ? 'दाँत 36 में पल्पाइटिस' : 'Irreversible pulpitis, 36',
    advice:
      language === 'hi'
        ? 'गुनगुने नमक के पानी से दिन में तीन बार कुल्ला करें। दो दिन तक बहुत गर्म खाना न खाएँ।'
        : 'Warm salt-water rinses three times a day. Avoid very hot food for two days.',
    followUpDate: '2026-12-16',
    lines: Array.from({ length: lineCount }, (_, index) => {
      const { en, hi, ...line } = LINES[index % LINES.length] as (typeof LINES)[number]
      return { ...line, instructions: language === 'hi' ? hi : en }
    }),
  }
}
