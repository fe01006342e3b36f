import { afterAll, describe, expect, it } from 'vitest'
import { amountText, renderPrescriptionPdf } from './prescription-pdf.ts'
import { pdfReader } from './read-back.ts'
import { samplePrescription } from './sample-prescription.ts'

const reader = pdfReader('prescription')
afterAll(reader.close)
/** pdftotext with runs of spaces folded, so words are matched whatever the layout. */
const textOf = (pdf: Buffer) => reader.text(pdf).replace(/[ \t]+/g, ' ')

describe('the prescription PDF', () => {
  it('prints the elements of india-domain §5.1 in English', async () => {
    const text = textOf(await renderPrescriptionPdf(samplePrescription('en', 6)))
    expect(text).toContain('Smile Dental Care')
    expect(text).toContain('Bengaluru, Karnataka 560038')
    expect(text).toContain('Dr. Asha Rao, BDS, MDS (Endodontics)')
    expect(text).toContain('Reg. no.: KSDC-A-12345')
    expect(text).toContain('Council: Karnataka State Dental Council')
    expect(text).toContain('RX/26-27/0042')
    expect(text).toContain('Date: 09/12/2026')
    expect(text).toContain('Ravi Kumar')
    expect(text).toContain('P-000123')
    expect(text).toContain('9 y / M')
    expect(text).toContain('Weight: 28 kg')
    expect(text).toContain('Irreversible pulpitis, 36')
    // Generic names in capitals (IMC Regulations 1.5), with strength and form.
    expect(text).toContain('1. AMOXICILLIN 500 mg — Capsule')
    expect(text).toContain('CHLORHEXIDINE GLUCONATE 0.2% — Mouthwash')
    expect(text).toContain('1 capsule · By mouth · 1-1-1 (three times a day) · after food · 5 days')
    expect(text).toContain('Quantity: 15 capsules')
    expect(text).toContain('Complete the full course even if the pain settles.')
    expect(text).toContain('7.5 ml')
    expect(text).toContain('Schedule H1: the pharmacy records this supply in its H1 register')
    expect(text).toContain('Warm salt-water rinses')
    expect(text).toContain('Follow-up: 16/12/2026')
    expect(text).toContain('Signature')
    expect(text).not.toContain('Draft')
  })

  it('prints Hindi instructions and labels in Devanagari, read back in logical order', async () => {
    const text = textOf(await renderPrescriptionPdf(samplePrescription('hi', 6)))
    expect(text).toContain('पर्चा (प्रिस्क्रिप्शन)')
    expect(text).toContain('AMOXICILLIN')
    expect(text).toContain('पंजीकरण संख्या: KSDC-A-12345')
    expect(text).toContain('दर्द ठीक होने पर भी पूरा कोर्स पूरा करें।')
    expect(text).toContain('दिन में दो बार, सुबह और रात')
    expect(text).toContain('खाने के बाद')
    expect(text).toContain('शेड्यूल H1')
  })

  it('marks a draft as not valid for dispensing, without a number', async () => {
    const text = textOf(await renderPrescriptionPdf(samplePrescription('en', 2, { isDraft: true })))
    expect(text).toContain('Draft — not valid for dispensing')
    expect(text).not.toContain('RX/26-27')
  })

  it('gives the same bytes for the same prescription, and breaks 20 lines over pages', async () => {
    const first = await renderPrescriptionPdf(samplePrescription('hi', 20))
    const second = await renderPrescriptionPdf(samplePrescription('hi', 20))
    expect(first.equals(second)).toBe(true)
    expect(reader.pageCount(first)).toBeGreaterThan(1)
    expect(textOf(first)).toContain('20. ')
  })

  it('writes doses with a leading zero and no trailing zeros', () => {
    expect(amountText(0.5)).toBe('0.5')
    expect(amountText(2.25)).toBe('2.25')
    expect(amountText(1)).toBe('1')
    expect(amountText(0.125)).toBe('0.125')
  })
})
