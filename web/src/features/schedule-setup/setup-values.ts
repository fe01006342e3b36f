// Checks of typed numbers, matching the API's rules so the person hears them before sending.

/** An appointment type's usual length: a whole multiple of 5 minutes from 5 to 480. */
export function isValidMinutes(text: string): boolean {
  if (!/^\d{1,3}$/.test(text.trim())) return false
  const minutes = Number(text)
  return minutes >= 5 && minutes <= 480 && minutes % 5 === 0
}

/** A recall interval: a whole number of months from 1 to 60. */
export function isValidMonths(text: string): boolean {
  if (!/^\d{1,2}$/.test(text.trim())) return false
  const months = Number(text)
  return months >= 1 && months <= 60
}
