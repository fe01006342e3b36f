/**
 * A patient's account, from the documents alone (issue #12 item 5). Each issued invoice owes its
 * total less its credit notes less the money set against it; money set against an invoice beyond
 * what it still owes (a credit note after payment) goes back to the account as credit. The credit
 * the account holds is what came in (payments) less what was set against invoices and what was
 * paid back (refunds), plus those excesses. Integer paise only; the balance identity
 *   outstanding − credit = invoices − credit notes − payments + refunds
 * holds by construction (account.test.ts checks it).
 */
export interface InvoiceMoney {
  totalPaise: number
  creditedPaise: number
  allocatedPaise: number
}

export interface AccountTotals {
  paymentsPaise: number
  allocatedPaise: number
  refundsPaise: number
}

/** What an invoice still owes: never below zero. */
export function invoiceDuePaise(invoice: InvoiceMoney): number {
  return Math.max(0, invoice.totalPaise - invoice.creditedPaise - invoice.allocatedPaise)
}

/** What an invoice gave back to the account: money set against it beyond its credited total. */
export function invoiceExcessPaise(invoice: InvoiceMoney): number {
  return Math.max(0, invoice.allocatedPaise + invoice.creditedPaise - invoice.totalPaise)
}

export interface Account {
  outstandingPaise: number
  creditPaise: number
  /** outstanding − credit: positive when the patient owes the clinic. */
  balancePaise: number
}

export function accountOf(invoices: InvoiceMoney[], totals: AccountTotals): Account {
  let outstandingPaise = 0
  let excessPaise = 0
  for (const invoice of invoices) {
    outstandingPaise += invoiceDuePaise(invoice)
    excessPaise += invoiceExcessPaise(invoice)
  }
  const creditPaise =
    totals.paymentsPaise - totals.allocatedPaise - totals.refundsPaise + excessPaise
  if (creditPaise < 0) throw new RangeError('account: more allocated or refunded than received')
  return { outstandingPaise, creditPaise, balancePaise: outstandingPaise - creditPaise }
}
