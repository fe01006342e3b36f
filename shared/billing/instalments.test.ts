import { describe, expect, it } from 'vitest'
import { instalmentProgress } from './instalments.ts'

const plan = [
  { dueOn: '2026-07-01', amountPaise: 10_000_00 },
  { dueOn: '2026-08-01', amountPaise: 10_000_00 },
  { dueOn: '2026-09-01', amountPaise: 5_000_00 },
]

describe('instalmentProgress', () => {
  it.each([
    [0, '2026-06-20', ['due', 'due', 'due'], [0, 0, 0]],
    [12_000_00, '2026-07-15', ['paid', 'part_paid', 'due'], [10_000_00, 2_000_00, 0]],
    [12_000_00, '2026-08-02', ['paid', 'overdue', 'due'], [10_000_00, 2_000_00, 0]],
    [0, '2026-07-02', ['overdue', 'due', 'due'], [0, 0, 0]],
    [25_000_00, '2027-01-01', ['paid', 'paid', 'paid'], [10_000_00, 10_000_00, 5_000_00]],
    // More than the plan (an overpayment becomes account credit elsewhere): all paid, no more.
    [30_000_00, '2026-06-20', ['paid', 'paid', 'paid'], [10_000_00, 10_000_00, 5_000_00]],
  ])('covered %i on %s', (covered, today, statuses, paid) => {
    const progress = instalmentProgress(plan, covered, today)
    expect(progress.map((row) => row.status)).toEqual(statuses)
    expect(progress.map((row) => row.paidPaise)).toEqual(paid)
  })

  it('the due date itself is not overdue', () => {
    expect(instalmentProgress(plan, 0, '2026-07-01')[0]?.status).toBe('due')
  })
})
