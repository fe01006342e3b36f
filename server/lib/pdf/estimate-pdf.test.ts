import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderAcceptancePdf, renderEstimatePdf } from './index.ts'
import { halfPercent, percent } from './percent.ts'
import { pdfReader } from './read-back.ts'
import { SAMPLE_LOGO_PNG, sampleEstimate } from './sample-estimate.ts'

const reader = pdfReader('pdf')
afterAll(reader.close)
const { work, saved, pageCount } = reader
const textOf = reader.text

const acceptance = {
  signedBy: 'guardian' as const,
  signerName: 'Sunita Sharma',
  signaturePng: SAMPLE_LOGO_PNG,
  witnessName: 'Ravi Deshmukh',
  acceptedAt: new Date('2026-12-01T10:30:00Z'),
  estimateSha256: createHash('sha256').update('the estimate').digest('hex'),
}

describe('the estimate PDF', () => {
  it('reads back the letterhead, patient, items by phase, GST on taxable items and ₹ totals', async () => {
    const input = sampleEstimate('en', 4)
    const text = textOf(await renderEstimatePdf(input))

    expect(text).toContain('Smile Care Dental Clinic')
    expect(text).toContain('Pune, Maharashtra 411001')
    expect(text).toContain('GSTIN: 27AAPFU0939F1ZV')
    expect(text).toContain('Anil Kumar Tripathi')
    expect(text).toContain('Dr Meera Iyer')
    expect(text).toContain('Treatment estimate')
    // 01/12/2026 in the clinic's zone: 20:15 UTC on 30 November is 01:45 on 1 December in India.
    expect(text).toContain('Date: 01/12/2026')
    expect(text).toMatch(/Urgent[\s\S]*Phase 1[\s\S]*Phase 2/)
    expect(text).toContain('RCT-M · Root canal treatment, molar')
    expect(text).toContain('36 MO')
    expect(text).toContain('WHITEN · Tooth whitening (in-office)')
    // Whitening is taxable at 18%: CGST 9% and SGST 9% of ₹12,000.00 = ₹1,080.00 each.
    expect(text).toContain('SAC 999722 · CGST 9% ₹1,080.00 · SGST 9% ₹1,080.00')
    expect(text.match(/Exempt/g)?.length).toBeGreaterThanOrEqual(3)
    // ₹8,000 + ₹15,000 − ₹500 + ₹45,000 + ₹12,000 + ₹2,160 GST: lakh grouping.
    expect(input.totals.totalPaise).toBe(8_166_000)
    expect(text).toContain('₹81,660.00')
    expect(text).toContain('Healthcare services by a clinic are exempt from GST')
    expect(text).toContain('Page 1 of 1')
  })

  it('groups a large total in lakhs (₹1,23,456.00 style)', async () => {
    const input = sampleEstimate('en', 8)
    expect(input.totals.subtotalPaise).toBe(16_000_000)
    const text = textOf(await renderEstimatePdf(input))
    expect(text).toContain('₹1,60,000.00')
  })

  it('prints Hindi labels that read back in logical order, with conjuncts, reph and ि', async () => {
    const text = textOf(await renderEstimatePdf(sampleEstimate('hi', 4)))
    expect(text).toContain('उपचार अनुमान')
    expect(text).toContain('कुल देय राशि')
    // प्रक्रिया: two conjuncts (प्र, क्र) and ि, which is drawn before its consonant.
    expect(text).toContain('प्रक्रिया')
    expect(text).toContain('अनिल कुमार त्रिपाठी')
    expect(text).toContain('दिनांक: 01/12/2026')
    expect(text).toContain('पृष्ठ 1 / 1')
  })

  it('numbers every page of a 3-page estimate', async () => {
    const pdf = await renderEstimatePdf(sampleEstimate('en', 60))
    expect(pageCount(pdf)).toBe(3)
    const text = textOf(pdf)
    for (const page of [1, 2, 3]) expect(text).toContain(`Page ${page} of 3`)
    // The table's header is repeated on every page.
    expect(text.match(/Procedure/g)?.length).toBe(3)
  })

  it('gives byte-identical PDFs for the same input (the patient signs its SHA-256)', async () => {
    const first = await renderEstimatePdf(sampleEstimate('hi', 30))
    const second = await renderEstimatePdf(sampleEstimate('hi', 30))
    expect(second.equals(first)).toBe(true)
    // The dates are the input's, in UTC whatever the server's zone (the suite runs in two).
    const info = execFileSync('pdfinfo', ['-isodates', saved(first)], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    })
    expect(info).toMatch(/CreationDate:\s+2026-11-30T20:15:00Z/)
    expect(info).toMatch(/ModDate:\s+2026-11-30T20:15:00Z/)
    // A different issue date is a different document.
    const later = await renderEstimatePdf({
      ...sampleEstimate('hi', 30),
      issuedAt: new Date('2026-12-02T10:00:00Z'),
    })
    expect(later.equals(first)).toBe(false)
  })

  it('gives the same bytes in another process and time zone (a restarted server re-checks the hash)', async () => {
    const here = createHash('sha256')
      .update(await renderEstimatePdf(sampleEstimate('hi', 6)))
      .digest('hex')
    const script = [
      "import { createHash } from 'node:crypto'",
      `import { renderEstimatePdf } from ${JSON.stringify(join(import.meta.dirname, 'index.ts'))}`,
      `import { sampleEstimate } from ${JSON.stringify(join(import.meta.dirname, 'sample-estimate.ts'))}`,
      "const pdf = await renderEstimatePdf(sampleEstimate('hi', 6))",
      "process.stdout.write(createHash('sha256').update(pdf).digest('hex'))",
    ].join('\n')
    const file = join(work, 'render.mts')
    writeFileSync(file, script)
    const there = execFileSync(process.execPath, ['--import', 'tsx', file], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York' },
    })
    expect(there).toBe(here)
  })

  it('prints a letterhead with the name only when the clinic has set nothing else', async () => {
    const input = sampleEstimate('en', 2)
    input.letterhead = {
      clinicName: 'Plain Dental',
      addressLines: [],
      phone: null,
      email: null,
      gstin: null,
      logoPng: null,
    }
    const text = textOf(await renderEstimatePdf(input))
    expect(text).toContain('Plain Dental')
    expect(text).not.toContain('GSTIN')
    expect(text).not.toContain('Phone')
  })

  it('renders to an image with pdftoppm', async () => {
    const path = saved(await renderEstimatePdf(sampleEstimate('hi', 12)))
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', path, join(work, 'page')])
    const png = readdirSync(work).find((name) => name.startsWith('page') && name.endsWith('.png'))
    expect(png).toBeDefined()
    const bytes = readFileSync(join(work, png as string))
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  })
})

describe('the signed acceptance PDF', () => {
  it('adds the declaration, signer, witness, time and the estimate hash to the estimate', async () => {
    const pdf = await renderAcceptancePdf({ ...sampleEstimate('en', 4), acceptance })
    const text = textOf(pdf)
    expect(text).toContain('Treatment estimate: signed acceptance')
    expect(text).toContain('WHITEN · Tooth whitening (in-office)')
    expect(text).toContain('As the guardian of the patient, I accept this treatment plan')
    expect(text).toContain('Signed by the guardian: Sunita Sharma')
    expect(text).toContain('Witness: Ravi Deshmukh')
    // 10:30 UTC is 04:00 pm in India.
    expect(text).toContain('Accepted on: 01/12/2026, 04:00 pm')
    expect(text).toContain(acceptance.estimateSha256)
    // The signature is embedded as an image.
    const images = execFileSync('pdfimages', ['-list', saved(pdf)], { encoding: 'utf8' })
    expect(images.trim().split('\n').length).toBeGreaterThanOrEqual(4) // header, rule, logo, signature
  })

  it('is in Hindi for a Hindi-speaking patient, and deterministic', async () => {
    const input = {
      ...sampleEstimate('hi', 4),
      acceptance: { ...acceptance, signedBy: 'patient' as const },
    }
    const pdf = await renderAcceptancePdf(input)
    const text = textOf(pdf)
    expect(text).toContain('हस्ताक्षर')
    // pdftotext puts a Hindi label (marked content) and its value on separate lines.
    expect(text).toMatch(/मरीज़ द्वारा हस्ताक्षरित:\s+Sunita Sharma/)
    expect(text.replace(/\s+/g, ' ')).toContain(
      'मैं यह उपचार योजना और इसकी अनुमानित लागत स्वीकार करता/करती हूँ।',
    )
    expect((await renderAcceptancePdf(input)).equals(pdf)).toBe(true)
  })
})

describe('rates as percentages', () => {
  it('prints basis points exactly, and halves for CGST and SGST', () => {
    expect(percent(1800)).toBe('18%')
    expect(percent(250)).toBe('2.5%')
    expect(percent(0)).toBe('0%')
    expect(halfPercent(1800)).toBe('9%')
    expect(halfPercent(500)).toBe('2.5%')
    expect(halfPercent(25)).toBe('0.125%')
  })
})
