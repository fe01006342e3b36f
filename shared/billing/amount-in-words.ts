/**
 * The total of an invoice, credit note or receipt in words, in the Indian numbering system
 * (thousand, lakh = 1,00,000, crore = 1,00,00,000), in English or Hindi, as Indian invoices print
 * it: "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only".
 *
 * Conventions chosen (no statute prescribes the wording):
 * - Zero rupees are written out: "Rupees Zero Only"; paise alone: "Rupees Zero and Fifty Paise
 *   Only", so that every amount starts with "Rupees" and cannot be altered by writing in front.
 * - "Rupees" is always plural, as on cheques ("Rupees One Only"); one paisa is "One Paisa".
 * - No "and" inside the rupees ("One Hundred Twenty", Indian usage): the only "and" joins the
 *   rupees and the paise.
 * - Above 99 crore the crore count is itself written in words and followed by "Crore"
 *   ("One Hundred Twenty Crore", "Twelve Lakh Thirty-Four Thousand Crore").
 * Integer arithmetic only: the paise are split off with `%`, never by dividing into a fraction.
 */

export type WordsLanguage = 'en' | 'hi'

const EN_UNITS = [
  'Zero',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
  'Thirteen',
  'Fourteen',
  'Fifteen',
  'Sixteen',
  'Seventeen',
  'Eighteen',
  'Nineteen',
]
const EN_TENS = [
  '',
  '',
  'Twenty',
  'Thirty',
  'Forty',
  'Fifty',
  'Sixty',
  'Seventy',
  'Eighty',
  'Ninety',
]

// Hindi numbers 0–99 are not compositional (23 तेईस, 49 उनचास, 79 उन्यासी), so every one is listed.
// Standard spellings (पाँच with chandrabindu, छह, हज़ार with nukta); regional variants exist.
const HI_0_TO_99 = [
  'शून्य',
  'एक',
  'दो',
  'तीन',
  'चार',
  'पाँच',
  'छह',
  'सात',
  'आठ',
  'नौ',
  'दस',
  'ग्यारह',
  'बारह',
  'तेरह',
  'चौदह',
  'पंद्रह',
  'सोलह',
  'सत्रह',
  'अठारह',
  'उन्नीस',
  'बीस',
  'इक्कीस',
  'बाईस',
  'तेईस',
  'चौबीस',
  'पच्चीस',
  'छब्बीस',
  'सत्ताईस',
  'अट्ठाईस',
  'उनतीस',
  'तीस',
  'इकतीस',
  'बत्तीस',
  'तैंतीस',
  'चौंतीस',
  'पैंतीस',
  'छत्तीस',
  'सैंतीस',
  'अड़तीस',
  'उनतालीस',
  'चालीस',
  'इकतालीस',
  'बयालीस',
  'तैंतालीस',
  'चवालीस',
  'पैंतालीस',
  'छियालीस',
  'सैंतालीस',
  'अड़तालीस',
  'उनचास',
  'पचास',
  'इक्यावन',
  'बावन',
  'तिरपन',
  'चौवन',
  'पचपन',
  'छप्पन',
  'सत्तावन',
  'अट्ठावन',
  'उनसठ',
  'साठ',
  'इकसठ',
  'बासठ',
  'तिरसठ',
  'चौंसठ',
  'पैंसठ',
  'छियासठ',
  'सड़सठ',
  'अड़सठ',
  'उनहत्तर',
  'सत्तर',
  'इकहत्तर',
  'बहत्तर',
  'तिहत्तर',
  'चौहत्तर',
  'पचहत्तर',
  'छिहत्तर',
  'सतहत्तर',
  'अठहत्तर',
  'उन्यासी',
  'अस्सी',
  'इक्यासी',
  'बयासी',
  'तिरासी',
  'चौरासी',
  'पचासी',
  'छियासी',
  'सत्तासी',
  'अट्ठासी',
  'नवासी',
  'नब्बे',
  'इक्यानवे',
  'बानवे',
  'तिरानवे',
  'चौरानवे',
  'पचानवे',
  'छियानवे',
  'सत्तानवे',
  'अट्ठानवे',
  'निन्यानवे',
]

interface Vocabulary {
  below100(n: number): string
  hundred: string
  thousand: string
  lakh: string
  crore: string
}

const english: Vocabulary = {
  below100(n) {
    if (n < 20) return word(EN_UNITS, n)
    const unit = n % 10
    const tens = word(EN_TENS, (n - unit) / 10)
    return unit === 0 ? tens : `${tens}-${word(EN_UNITS, unit)}`
  },
  hundred: 'Hundred',
  thousand: 'Thousand',
  lakh: 'Lakh',
  crore: 'Crore',
}

const hindi: Vocabulary = {
  below100: (n) => word(HI_0_TO_99, n),
  hundred: 'सौ',
  thousand: 'हज़ार',
  lakh: 'लाख',
  crore: 'करोड़',
}

function word(table: readonly string[], index: number): string {
  const found = table[index]
  if (found === undefined) throw new RangeError(`no word for ${index}`)
  return found
}

/** Exact integer division of a non-negative safe integer (no fractional intermediate). */
function quotient(n: number, divisor: number): number {
  return (n - (n % divisor)) / divisor
}

/** A positive whole number in words, Indian grouping; the crore count recurses above 99. */
function numberInWords(n: number, words: Vocabulary): string[] {
  const parts: string[] = []
  const crores = quotient(n, 1_00_00_000)
  let rest = n % 1_00_00_000
  if (crores > 0) parts.push(...numberInWords(crores, words), words.crore)
  const lakhs = quotient(rest, 1_00_000)
  rest %= 1_00_000
  if (lakhs > 0) parts.push(words.below100(lakhs), words.lakh)
  const thousands = quotient(rest, 1_000)
  rest %= 1_000
  if (thousands > 0) parts.push(words.below100(thousands), words.thousand)
  const hundreds = quotient(rest, 100)
  rest %= 100
  if (hundreds > 0) parts.push(words.below100(hundreds), words.hundred)
  if (rest > 0) parts.push(words.below100(rest))
  return parts
}

function inWords(n: number, words: Vocabulary): string {
  return n === 0 ? words.below100(0) : numberInWords(n, words).join(' ')
}

/**
 * `paise` (a non-negative safe integer) in words: English "Rupees … and … Paise Only", Hindi
 * "रुपये … और … पैसे मात्र". Throws a RangeError for negative or fractional amounts: a document
 * total in words is never negative (a credit note states its positive value).
 */
export function rupeesInWords(paise: number, language: WordsLanguage = 'en'): string {
  if (!Number.isSafeInteger(paise) || paise < 0) {
    throw new RangeError('paise: must be a whole, non-negative number of paise')
  }
  const rupees = quotient(paise, 100)
  const paisePart = paise % 100
  if (language === 'hi') {
    const rupeeWords = `रुपये ${inWords(rupees, hindi)}`
    if (paisePart === 0) return `${rupeeWords} मात्र`
    return `${rupeeWords} और ${inWords(paisePart, hindi)} ${paisePart === 1 ? 'पैसा' : 'पैसे'} मात्र`
  }
  const rupeeWords = `Rupees ${inWords(rupees, english)}`
  if (paisePart === 0) return `${rupeeWords} Only`
  return `${rupeeWords} and ${inWords(paisePart, english)} ${paisePart === 1 ? 'Paisa' : 'Paise'} Only`
}
