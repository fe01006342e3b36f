/**
 * Prescription numbers run per clinic and Indian financial year (April to March), like the
 * clinic's invoices: RX/26-27/0001. `today` is the clinic's date (YYYY-MM-DD).
 */
export function financialYearOf(today: string): string {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const first = month >= 4 ? year : year - 1
  const short = (value: number) => String(value % 100).padStart(2, '0')
  return `${short(first)}-${short(first + 1)}`
}

export function prescriptionNumber(today: string, serial: number): string {
  return `RX/${financialYearOf(today)}/${String(serial).padStart(4, '0')}`
}
