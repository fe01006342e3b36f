/**
 * Ages from dates of birth, the same on the server and in the browser (the registration form
 * must know, as the person types, whether the patient is a child). Dates of birth are calendar
 * dates (YYYY-MM-DD) compared as such: no time zone can move a birthday. "Today" is the
 * clinic's today.
 */

/** Whole years between a date of birth and `today`, both YYYY-MM-DD, the birthday itself included. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [
    number,
    number,
    number,
  ]
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay)
  return year - birthYear - (hadBirthday ? 0 : 1)
}

/** An estimated date of birth for someone who gives only their age: the same day, that many years ago. */
export function estimatedBirthDate(ageYears: number, today: string): string {
  const [year, month, day] = today.split('-') as [string, string, string]
  const birthYear = String(Number(year) - ageYears).padStart(4, '0')
  // 29 February has no counterpart in most years.
  return month === '02' && day === '29' ? `${birthYear}-02-28` : `${birthYear}-${month}-${day}`
}

/** Under 18 is a child: a parent or guardian gives consent (DPDP Act 2023, s. 2(f) and s. 9). */
export const ADULT_AGE = 18

/** The oldest age the API accepts. */
export const MAX_AGE = 130
