import type {
  DosageForm,
  DoseUnit,
  DrugSchedule,
  FoodTiming,
  Frequency,
  Route,
} from '../../../shared/prescriptions/types.ts'
import { FORM_WORDS, ROUTE_WORDS, unitWord } from '../../../shared/prescriptions/words.ts'

/**
 * The words of a printed prescription, in English and Hindi. Frequencies print as the Indian
 * 1-0-1 pattern and in words, so a patient who cannot read the pattern can read the words
 * (india-domain §5.1: no ambiguous abbreviations).
 */
export interface PrescriptionLabels {
  title: string
  draft: string
  number: string
  date: string
  patient: string
  reference: string
  ageSex: string
  weight: string
  kilograms: (kg: number) => string
  diagnosis: string
  medicines: string
  quantity: string
  days: (count: number) => string
  dose: (amount: string, unit: DoseUnit, amountValue: number) => string
  advice: string
  followUp: string
  registration: string
  council: string
  signature: string
  phone: string
  email: string
  gstin: string
  page: (page: number, pages: number) => string
  forms: Record<DosageForm, string>
  routes: Record<Route, string>
  frequencies: Record<Frequency, string>
  foodTimings: Record<FoodTiming, string>
  /** What the rules want printed by a scheduled drug (india-domain §5.2); none for OTC and H. */
  schedules: Record<DrugSchedule, string | null>
}

const en: PrescriptionLabels = {
  title: 'Prescription',
  draft: 'Draft — not valid for dispensing',
  number: 'No.',
  date: 'Date',
  patient: 'Patient',
  reference: 'Record no.',
  ageSex: 'Age / Sex',
  weight: 'Weight',
  kilograms: (kg) => `${kg} kg`,
  diagnosis: 'Diagnosis',
  medicines: 'Rx',
  quantity: 'Quantity',
  days: (count) => (count === 1 ? '1 day' : `${count} days`),
  dose: (amount, unit, value) => `${amount} ${unitWord('en', unit, value)}`,
  advice: 'Advice',
  followUp: 'Follow-up',
  registration: 'Reg. no.',
  council: 'Council',
  signature: 'Signature',
  phone: 'Phone',
  email: 'E-mail',
  gstin: 'GSTIN',
  page: (page, pages) => `Page ${page} of ${pages}`,
  forms: FORM_WORDS.en,
  routes: ROUTE_WORDS.en,
  frequencies: {
    '1-0-0': 'once a day, morning',
    '0-1-0': 'once a day, afternoon',
    '0-0-1': 'once a day, night',
    '1-0-1': 'twice a day, morning and night',
    '1-1-0': 'twice a day, morning and afternoon',
    '0-1-1': 'twice a day, afternoon and night',
    '1-1-1': 'three times a day',
    '1-1-1-1': 'four times a day',
    every_4_hours: 'every 4 hours',
    every_6_hours: 'every 6 hours',
    every_8_hours: 'every 8 hours',
    every_12_hours: 'every 12 hours',
    once_a_week: 'once a week',
    sos: 'only when needed (SOS)',
    stat: 'one dose at once (STAT)',
  },
  foodTimings: {
    after_food: 'after food',
    before_food: 'before food',
    with_food: 'with food',
    empty_stomach: 'on an empty stomach',
    bedtime: 'at bedtime',
    any: '',
  },
  schedules: {
    otc: null,
    H: 'Schedule H',
    H1: 'Schedule H1: the pharmacy records this supply in its H1 register',
    X: 'Schedule X: prescription in duplicate; the pharmacy keeps a copy for 2 years',
    NDPS: 'NDPS Act drug: for dental treatment only',
  },
}

const hi: PrescriptionLabels = {
  title: 'पर्चा (प्रिस्क्रिप्शन)',
  draft: 'ड्राफ़्ट — दवा देने के लिए मान्य नहीं',
  number: 'क्रमांक',
  date: 'तारीख',
  patient: 'मरीज़',
  reference: 'रिकॉर्ड संख्या',
  ageSex: 'आयु / लिंग',
  weight: 'वज़न',
  kilograms: (kg) => `${kg} कि.ग्रा.`,
  diagnosis: 'निदान',
  medicines: 'Rx',
  quantity: 'कुल मात्रा',
  days: (count) => `${count} दिन`,
  dose: (amount, unit) => `${amount} ${unitWord('hi', unit, 1)}`,
  advice: 'सलाह',
  followUp: 'अगली जाँच',
  registration: 'पंजीकरण संख्या',
  council: 'परिषद',
  signature: 'हस्ताक्षर',
  phone: 'फ़ोन',
  email: 'ई-मेल',
  gstin: 'GSTIN',
  page: (page, pages) => `पृष्ठ ${page} / ${pages}`,
  forms: FORM_WORDS.hi,
  routes: ROUTE_WORDS.hi,
  frequencies: {
    '1-0-0': 'दिन में एक बार, सुबह',
    '0-1-0': 'दिन में एक बार, दोपहर',
    '0-0-1': 'दिन में एक बार, रात',
    '1-0-1': 'दिन में दो बार, सुबह और रात',
    '1-1-0': 'दिन में दो बार, सुबह और दोपहर',
    '0-1-1': 'दिन में दो बार, दोपहर और रात',
    '1-1-1': 'दिन में तीन बार',
    '1-1-1-1': 'दिन में चार बार',
    every_4_hours: 'हर 4 घंटे',
    every_6_hours: 'हर 6 घंटे',
    every_8_hours: 'हर 8 घंटे',
    every_12_hours: 'हर 12 घंटे',
    once_a_week: 'हफ़्ते में एक बार',
    sos: 'केवल ज़रूरत पड़ने पर (SOS)',
    stat: 'तुरंत एक खुराक (STAT)',
  },
  foodTimings: {
    after_food: 'खाने के बाद',
    before_food: 'खाने से पहले',
    with_food: 'खाने के साथ',
    empty_stomach: 'खाली पेट',
    bedtime: 'सोते समय',
    any: '',
  },
  schedules: {
    otc: null,
    H: 'शेड्यूल H',
    H1: 'शेड्यूल H1: फ़ार्मेसी यह बिक्री H1 रजिस्टर में दर्ज करे',
    X: 'शेड्यूल X: पर्चा दो प्रतियों में; फ़ार्मेसी एक प्रति 2 साल रखे',
    NDPS: 'NDPS अधिनियम की दवा: केवल दंत उपचार के लिए',
  },
}

export const prescriptionLabels: Record<'en' | 'hi', PrescriptionLabels> = { en, hi }
