import { afterAll, describe, expect, it } from 'vitest'
import { renderCreditNotePdf, renderReceiptPdf } from './index.ts'
import type { CreditNoteDocument, ReceiptDocument } from './money-types.ts'
import { pdfReader } from './read-back.ts'
import { sampleInvoice } from './sample-invoice.ts'

const reader = pdfReader('money-pdf')
afterAll(reader.close)
const textOf = (pdf: Buffer) => reader.text(pdf).replace(/\s+/g, ' ')

const base = (language: 'en' | 'hi') => {
  const invoice = sampleInvoice(language)
  return {
    language,
    letterhead: invoice.letterhead,
    supplierLegalName: invoice.supplierLegalName,
    issuedAt: new Date('2026-12-01T12:00:00Z'),
    timeZone: 'Asia/Kolkata',
    recipient: { name: 'Anil Kumar Tripathi', reference: 'P-00042', gstin: null },
  }
}

/** ₹5,000 by UPI and ₹19,350 in cash for INV/26-27/0042 (₹24,350.00), and ₹650 held over. */
const receipt = (language: 'en' | 'hi'): ReceiptDocument => ({
  ...base(language),
  number: 'RCT/26-27/0007',
  amountPaise: 25_000_00,
  tenders: [
    { mode: 'upi', amountPaise: 5_000_00, reference: '412345678901' },
    { mode: 'cash', amountPaise: 20_000_00, reference: null },
  ],
  allocations: [{ invoiceNumber: 'INV/26-27/0042', amountPaise: 24_350_00 }],
  advancePaise: 650_00,
  notes: null,
})

/** ₹2,100 back on the whitening: ₹2,000 value, ₹50 + ₹50 GST. */
const creditNote = (language: 'en' | 'hi'): CreditNoteDocument => ({
  ...base(language),
  number: 'CN/26-27/0003',
  supplierGstin: '27AAPFU0939F1ZV',
  invoiceNumber: 'INV/26-27/0042',
  invoiceIssuedAt: new Date('2026-11-28T06:00:00Z'),
  reason: 'discount',
  note: 'Shade not as agreed',
  lines: [
    {
      description: 'Teeth whitening, in-office',
      sacCode: '999722',
      gstRateBp: 500,
      taxableValuePaise: 2_000_00,
      cgstPaise: 50_00,
      sgstPaise: 50_00,
      totalPaise: 2_100_00,
    },
  ],
  totals: {
    taxableValuePaise: 2_000_00,
    exemptValuePaise: 0,
    cgstPaise: 50_00,
    sgstPaise: 50_00,
    roundOffPaise: 0,
    totalPaise: 2_100_00,
  },
})

describe('the receipt PDF', () => {
  it('shows each way the money came, what it paid and what was held as an advance, in figures and words', async () => {
    const text = textOf(await renderReceiptPdf(receipt('en')))
    expect(text).toContain('Receipt')
    expect(text).toContain('No. RCT/26-27/0007')
    expect(text).toContain('Date: 01/12/2026')
    expect(text).toContain('Received from: Anil Kumar Tripathi')
    expect(text).toContain('UPI 412345678901 ₹5,000.00')
    expect(text).toContain('Cash ₹20,000.00')
    expect(text).toContain('Applied to: Invoice INV/26-27/0042 ₹24,350.00')
    expect(text).toContain('Held as an advance on the account ₹650.00')
    expect(text).toContain('Amount received ₹25,000.00')
    expect(text).toContain('Amount in words: Rupees Twenty-Five Thousand Only')
  })

  it('is in Hindi for a Hindi-speaking patient, and the same bytes every time', async () => {
    const first = await renderReceiptPdf(receipt('hi'))
    expect(first.equals(await renderReceiptPdf(receipt('hi')))).toBe(true)
    const text = textOf(first)
    expect(text).toContain('रसीद')
    expect(text).toContain('यूपीआई')
    expect(text).toContain('नकद')
    expect(text).toContain('पच्चीस हज़ार')
  })
})

describe('the credit note PDF', () => {
  it('cites the invoice and its date and shows the value and tax credited (Rule 53(1A))', async () => {
    const text = textOf(await renderCreditNotePdf(creditNote('en')))
    expect(text).toContain('Credit Note')
    expect(text).toContain('No. CN/26-27/0003')
    expect(text).toContain('Against invoice: INV/26-27/0042')
    expect(text).toContain('Invoice date: 28/11/2026')
    expect(text).toContain('Reason: Discount after supply')
    expect(text).toContain('Issued to: Anil Kumar Tripathi')
    expect(text).toContain('GSTIN: 27AAPFU0939F1ZV')
    expect(text).toContain('999722 5% ₹2,000.00 ₹50.00 ₹50.00 ₹2,100.00')
    expect(text).toContain('Total credited ₹2,100.00')
    expect(text).toContain('Amount in words: Rupees Two Thousand One Hundred Only')
    expect(text).toContain('Notes: Shade not as agreed')
  })

  it('is in Hindi', async () => {
    const text = textOf(await renderCreditNotePdf(creditNote('hi')))
    expect(text).toContain('क्रेडिट नोट')
    expect(text).toContain('बिल के विरुद्ध')
  })
})
