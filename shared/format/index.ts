export type { DateInput } from './date.ts'
export { clinicTimeZone, formatDate, formatDateTime, todayInZone } from './date.ts'
export { formatPaise, groupIndian } from './money.ts'
export { formatIndianMobile, parseIndianMobile } from './phone.ts'
