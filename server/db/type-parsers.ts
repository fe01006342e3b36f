import pg from 'pg'

/**
 * Both drivers must hand the same JavaScript values to the code above them.
 * - `date` stays the ISO string 'YYYY-MM-DD': turning it into a Date at local
 *   midnight shifts birthdays by a day when TZ is not UTC.
 * - `int8` (counts, paise) becomes a number; values stay far below 2^53.
 */
const DATE_OID = 1082
const INT8_OID = 20

const keepString = (value: string) => value
const toNumber = (value: string) => Number(value)

export const pgliteParsers = { [DATE_OID]: keepString, [INT8_OID]: toNumber }

export const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return keepString
    if (oid === INT8_OID) return toNumber
    return pg.types.getTypeParser(oid, format)
  }) as pg.CustomTypesConfig['getTypeParser'],
}
