/**
 * Where an instalment plan stands (issue #12 item 5): the money set against and credited to the
 * invoice since the plan was made covers the instalments earliest first. An instalment is paid
 * when covered in full, part-paid when partly, overdue when its date has passed (in the clinic's
 * time zone) without being paid, otherwise due. Integer paise; dates as YYYY-MM-DD, which sort
 * as text.
 */
export type InstalmentStatus = 'paid' | 'part_paid' | 'overdue' | 'due'

export interface InstalmentProgress {
  dueOn: string
  amountPaise: number
  paidPaise: number
  status: InstalmentStatus
}

export function instalmentProgress(
  instalments: Array<{ dueOn: string; amountPaise: number }>,
  coveredSincePaise: number,
  today: string,
): InstalmentProgress[] {
  let left = Math.max(0, coveredSincePaise)
  return instalments.map(({ dueOn, amountPaise }) => {
    const paidPaise = Math.min(left, amountPaise)
    left -= paidPaise
    const status: InstalmentStatus =
      paidPaise === amountPaise
        ? 'paid'
        : dueOn < today
          ? 'overdue'
          : paidPaise > 0
            ? 'part_paid'
            : 'due'
    return { dueOn, amountPaise, paidPaise, status }
  })
}
