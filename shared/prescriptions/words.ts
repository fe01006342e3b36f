import type { DosageForm, DoseUnit, Route } from './types.ts'

/**
 * The words for a medicine's form, route and dose unit in English and Hindi: one list for the
 * printed prescription and the screens, so the pad never shows a code word ("mouth_rinse") and
 * the paper says what the pad said (india-domain §5.1: no ambiguous abbreviations).
 */
export type PrescriptionWordLanguage = 'en' | 'hi'

export const FORM_WORDS: Record<PrescriptionWordLanguage, Record<DosageForm, string>> = {
  en: {
    tablet: 'Tablet',
    capsule: 'Capsule',
    syrup: 'Syrup',
    suspension: 'Suspension',
    drops: 'Drops',
    injection: 'Injection',
    cartridge: 'Cartridge',
    gel: 'Gel',
    ointment: 'Ointment',
    cream: 'Cream',
    paste: 'Paste',
    mouthwash: 'Mouthwash',
    gargle: 'Gargle',
    lozenge: 'Lozenge',
    spray: 'Spray',
    inhaler: 'Inhaler',
    powder: 'Powder',
    sachet: 'Sachet',
    solution: 'Solution',
  },
  hi: {
    tablet: 'गोली',
    capsule: 'कैप्सूल',
    syrup: 'सिरप',
    suspension: 'सस्पेंशन',
    drops: 'ड्रॉप्स',
    injection: 'इंजेक्शन',
    cartridge: 'कार्ट्रिज',
    gel: 'जेल',
    ointment: 'मरहम',
    cream: 'क्रीम',
    paste: 'पेस्ट',
    mouthwash: 'माउथवॉश',
    gargle: 'गरारे',
    lozenge: 'चूसने की गोली',
    spray: 'स्प्रे',
    inhaler: 'इनहेलर',
    powder: 'पाउडर',
    sachet: 'सैशे',
    solution: 'घोल',
  },
}

export const ROUTE_WORDS: Record<PrescriptionWordLanguage, Record<Route, string>> = {
  en: {
    oral: 'By mouth',
    sublingual: 'Under the tongue',
    topical: 'Apply locally',
    local_infiltration: 'Local infiltration',
    nerve_block: 'Nerve block',
    mouth_rinse: 'Mouth rinse',
    inhalation: 'Inhaled',
    intramuscular: 'Into the muscle (IM)',
    intravenous: 'Into a vein (IV)',
    subcutaneous: 'Under the skin (SC)',
    nasal: 'In the nose',
    eye: 'In the eye',
    ear: 'In the ear',
    rectal: 'Rectal',
    vaginal: 'Vaginal',
  },
  hi: {
    oral: 'मुँह से',
    sublingual: 'जीभ के नीचे',
    topical: 'लगाने के लिए',
    local_infiltration: 'स्थानीय इंजेक्शन',
    nerve_block: 'नर्व ब्लॉक',
    mouth_rinse: 'कुल्ला करें',
    inhalation: 'साँस से',
    intramuscular: 'मांसपेशी में (IM)',
    intravenous: 'नस में (IV)',
    subcutaneous: 'त्वचा के नीचे (SC)',
    nasal: 'नाक में',
    eye: 'आँख में',
    ear: 'कान में',
    rectal: 'गुदा मार्ग से',
    vaginal: 'योनि मार्ग से',
  },
}

/** English has singular and plural ("1 tablet", "2 tablets"); Hindi uses one word. */
export const EN_UNIT_WORDS: Record<DoseUnit, [string, string]> = {
  tablet: ['tablet', 'tablets'],
  capsule: ['capsule', 'capsules'],
  sachet: ['sachet', 'sachets'],
  ml: ['ml', 'ml'],
  mg: ['mg', 'mg'],
  drop: ['drop', 'drops'],
  puff: ['puff', 'puffs'],
  spray: ['spray', 'sprays'],
  application: ['application', 'applications'],
  cartridge: ['cartridge', 'cartridges'],
}

export const HI_UNIT_WORDS: Record<DoseUnit, string> = {
  tablet: 'गोली',
  capsule: 'कैप्सूल',
  sachet: 'सैशे',
  ml: 'ml',
  mg: 'mg',
  drop: 'बूंद',
  puff: 'पफ़',
  spray: 'स्प्रे',
  application: 'बार लगाएँ',
  cartridge: 'कार्ट्रिज',
}

/** The unit as said after an amount: "2 tablets", "1 गोली". */
export function unitWord(
  language: PrescriptionWordLanguage,
  unit: DoseUnit,
  amount: number,
): string {
  return language === 'hi' ? HI_UNIT_WORDS[unit] : EN_UNIT_WORDS[unit][amount === 1 ? 0 : 1]
}
