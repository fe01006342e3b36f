// Dates of birth are calendar dates (YYYY-MM-DD) compared as such, so no time zone can move a
// birthday. The server computes ages the same way (server/modules/patients/birth-date.ts); the
// form needs its own copy to know, as the person types, whether the patient is a child.

/** Whole years between a date of birth and `today`, both YYYY-MM-DD. */
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

/** Under 18 is a child: a parent or guardian gives consent (DPDP Act 2023, s. 2(f) and s. 9). */
export const ADULT_AGE = 18

/** The oldest age the API accepts. */
export const MAX_AGE = 130
