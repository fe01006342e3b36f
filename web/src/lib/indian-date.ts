// Staff type dates the Indian way, day first. The API takes ISO calendar dates (YYYY-MM-DD).
// A native <input type="date"> shows the browser's locale order (MM/DD on many machines), which
// is how 03/04 becomes 4 March, so date filters are typed text in DD/MM/YYYY.

const indianDatePattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** "15/03/2026" (also 15-3-2026, 15.03.2026) → "2026-03-15"; null if it is not a real date. */
export function parseIndianDate(text: string): string | null {
  const match = indianDatePattern.exec(text.trim())
  if (!match) return null
  const [, dayText, monthText, yearText] = match
  const day = Number(dayText)
  const month = Number(monthText)
  const year = Number(yearText)
  if (month < 1 || month > 12 || day < 1 || year < 1900) return null
  // Date.UTC rolls 31/02 over into March; a round trip catches impossible days.
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
