import { afterAll, describe, expect, it } from 'vitest'
import { renderInvoicePdf } from './index.ts'
import { pdfReader } from './read-back.ts'
import { sampleInvoice } from './sample-invoice.ts'

const reader = pdfReader('invoice-pdf')
afterAll(reader.close)
/** One line: a long description or amount in words wraps in its column. */
const textOf = (pdf: Buffer) => reader.text(pdf).replace(/\s+/g, ' ')

describe('the invoice PDF', () => {
  it('prints an invoice-cum-bill of supply with every Rule 46 particular, GST on the whitening only', async () => {
    const input = sampleInvoice('en')
    expect(input.kind).toBe('invoice_cum_bill_of_supply')
    const text = textOf(await renderInvoicePdf(input))
    // Supplier (Rule 46(a)), title per Rule 46A, number (b) and the date in the clinic's zone (c).
    expect(text).toContain('Smile Care Dental Clinic')
    expect(text).toContain('GSTIN: 27AAPFU0939F1ZV')
    expect(text).toContain('Legal name: Dr Kavita Joshi (proprietor)')
    expect(text).toContain('Invoice-cum-Bill of Supply')
    expect(text).toContain('No. INV/26-27/0042')
    expect(text).toContain('Date: 01/12/2026')
    expect(text).toContain('Place of supply: Maharashtra (27)')
    expect(text).toContain('Tax payable on reverse charge: No')
    // Recipient (d), SAC (g), description (h), values (j, k), rate and tax (l, m).
    expect(text).toContain('Bill to: Anil Kumar Tripathi')
    expect(text).toContain('999312')
    expect(text).toContain('999722')
    expect(text).toContain('Root canal treatment, molar (36)')
    expect(text).toContain('Exempt')
    // Whitening ₹18,000.00 less ₹1,000.00 = ₹17,000.00 taxable; 2.5% + 2.5% = ₹425.00 each.
    expect(text).toContain('₹17,000.00')
    expect(text).toContain('CGST 2.5% ₹425.00 · SGST 2.5% ₹425.00')
    // ₹6,500.00 + ₹17,000.00 + ₹850.00 = ₹24,350.00, in figures and in words.
    expect(text).toContain('₹24,350.00')
    expect(text).toContain('Amount in words: Rupees Twenty-Four Thousand Three Hundred Fifty Only')
    expect(text).toContain('GST by rate')
    expect(text).toContain('Notification 12/2017-Central Tax (Rate)')
    expect(text).toContain('For Dr Kavita Joshi (proprietor): authorised signatory')
  })

  it('titles a bill of supply when every line is exempt (Rule 49): no GST, no reverse-charge line', async () => {
    const text = textOf(await renderInvoicePdf(sampleInvoice('en', 'bill_of_supply')))
    expect(text).toContain('Bill of Supply')
    expect(text).not.toContain('Invoice-cum-Bill of Supply')
    expect(text).not.toContain('Tax Invoice')
    expect(text).not.toContain('CGST')
    expect(text).not.toContain('reverse charge')
    // 14 crowns at ₹12,345.67 = ₹1,72,839.38, plus the RCT ₹6,500.00 = ₹1,79,339.38 (in lakhs).
    expect(text).toContain('₹1,72,839.38')
    expect(text).toContain('₹1,79,339.38')
    expect(text).toContain(
      'Rupees One Lakh Seventy-Nine Thousand Three Hundred Thirty-Nine and Thirty-Eight Paise Only',
    )
  })

  it("a tax invoice to a registered buyer prints the buyer's GSTIN, address and state, and a round-off line", async () => {
    const input = sampleInvoice('en', 'tax_invoice', { roundOff: true, registeredBuyer: true })
    const text = textOf(await renderInvoicePdf(input))
    expect(text).toContain('Tax Invoice')
    expect(text).toContain('Bill to: Acme Software Pvt Ltd')
    expect(text).toMatch(/GSTIN: 27AAPFU0939F1ZV[\s\S]*GSTIN: 27AAPFU0939F1ZV/)
    expect(text).toContain('State: Maharashtra (27)')
    // ₹17,850.00 has no paise to round: the round-off line is left out, the total stays.
    expect(input.totals.roundOffPaise).toBe(0)
    expect(text).not.toContain('Round-off')
    expect(text).toContain('₹17,850.00')
  })

  it('prints the round-off with its sign when the total has paise', async () => {
    const input = sampleInvoice('en', 'bill_of_supply', { roundOff: true })
    expect(input.totals.roundOffPaise).toBe(-38)
    const text = textOf(await renderInvoicePdf(input))
    expect(text).toContain('Round-off -₹0.38')
    expect(text).toContain('₹1,79,339.00')
    expect(text).toContain('Rupees One Lakh Seventy-Nine Thousand Three Hundred Thirty-Nine Only')
  })

  it('prints a draft as "Draft — not a tax invoice", with no number and no signatory', async () => {
    const text = textOf(await renderInvoicePdf({ ...sampleInvoice('en'), number: null }))
    expect(text).toContain('Draft — not a tax invoice')
    expect(text).not.toContain('INV/')
    expect(text).not.toContain('Invoice-cum-Bill of Supply')
    expect(text).not.toContain('authorised signatory')
    expect(text).toContain('₹24,350.00')
    const hindi = textOf(await renderInvoicePdf({ ...sampleInvoice('hi'), number: null }))
    expect(hindi).toContain('मसौदा — कर बीजक नहीं')
  })

  it('is in Hindi for a Hindi-speaking patient, with the total in Hindi words, and deterministic', async () => {
    const input = sampleInvoice('hi')
    const first = await renderInvoicePdf(input)
    const text = textOf(first)
    expect(text).toContain('बीजक-सह-आपूर्ति बिल')
    expect(text).toContain('राशि शब्दों में')
    expect(text).toContain('रुपये चौबीस हज़ार तीन सौ पचास मात्र')
    expect(text).toContain('₹24,350.00')
    expect((await renderInvoicePdf(input)).equals(first)).toBe(true)
  })
})
