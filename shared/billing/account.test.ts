import { describe, expect, it } from 'vitest'
import { accountOf, invoiceDuePaise, invoiceExcessPaise } from './account.ts'

describe('accountOf', () => {
  it.each([
    {
      name: 'nothing yet',
      invoices: [],
      totals: { paymentsPaise: 0, allocatedPaise: 0, refundsPaise: 0 },
      expected: { outstandingPaise: 0, creditPaise: 0, balancePaise: 0 },
    },
    {
      name: 'part paid: ₹5,000 by UPI of ₹11,180',
      invoices: [{ totalPaise: 11_180_00, creditedPaise: 0, allocatedPaise: 5_000_00 }],
      totals: { paymentsPaise: 5_000_00, allocatedPaise: 5_000_00, refundsPaise: 0 },
      expected: { outstandingPaise: 6_180_00, creditPaise: 0, balancePaise: 6_180_00 },
    },
    {
      name: 'an advance before any invoice',
      invoices: [],
      totals: { paymentsPaise: 2_000_00, allocatedPaise: 0, refundsPaise: 0 },
      expected: { outstandingPaise: 0, creditPaise: 2_000_00, balancePaise: -2_000_00 },
    },
    {
      name: 'paid in full, then a credit note gives ₹1,000 back to the account',
      invoices: [{ totalPaise: 11_180_00, creditedPaise: 1_000_00, allocatedPaise: 11_180_00 }],
      totals: { paymentsPaise: 11_180_00, allocatedPaise: 11_180_00, refundsPaise: 0 },
      expected: { outstandingPaise: 0, creditPaise: 1_000_00, balancePaise: -1_000_00 },
    },
    {
      name: 'that credit refunded',
      invoices: [{ totalPaise: 11_180_00, creditedPaise: 1_000_00, allocatedPaise: 11_180_00 }],
      totals: { paymentsPaise: 11_180_00, allocatedPaise: 11_180_00, refundsPaise: 1_000_00 },
      expected: { outstandingPaise: 0, creditPaise: 0, balancePaise: 0 },
    },
    {
      name: 'cancelled before payment',
      invoices: [{ totalPaise: 5_900_00, creditedPaise: 5_900_00, allocatedPaise: 0 }],
      totals: { paymentsPaise: 0, allocatedPaise: 0, refundsPaise: 0 },
      expected: { outstandingPaise: 0, creditPaise: 0, balancePaise: 0 },
    },
  ])('$name', ({ invoices, totals, expected }) => {
    const account = accountOf(invoices, totals)
    expect(account).toEqual(expected)
    // The identity: outstanding − credit = invoices − credit notes − payments + refunds.
    const sum = (pick: (i: (typeof invoices)[number]) => number) =>
      invoices.reduce((total, invoice) => total + pick(invoice), 0)
    expect(account.balancePaise).toBe(
      sum((i) => i.totalPaise) -
        sum((i) => i.creditedPaise) -
        totals.paymentsPaise +
        totals.refundsPaise,
    )
  })

  it('refuses books that hold more out than came in', () => {
    expect(() =>
      accountOf([], { paymentsPaise: 100, allocatedPaise: 0, refundsPaise: 200 }),
    ).toThrow(RangeError)
  })

  it('keeps what is due and what is excess apart', () => {
    const invoice = { totalPaise: 1_000, creditedPaise: 300, allocatedPaise: 900 }
    expect(invoiceDuePaise(invoice)).toBe(0)
    expect(invoiceExcessPaise(invoice)).toBe(200)
  })
})
