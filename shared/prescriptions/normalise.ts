/**
 * One spelling for matching typed names: lower case, no accents or punctuation, and the British
 * and Indian spellings folded onto one form ("anaesthetic"/"anesthetic", "sulpha"/"sulfa",
 * "amoxycillin"/"amoxicillin", "cephalexin"/"cefalexin"). Applied to both the index and the
 * query, so it only has to be consistent, not pretty.
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ae/g, 'e')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** The words of a normalised name. */
export function wordsOf(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ')
}
