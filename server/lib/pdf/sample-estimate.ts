import type { Phase } from '../../../shared/contracts/plans.ts'
import { estimateTotals, lineAmounts } from '../../../shared/plans/estimate.ts'
import type { EstimateDocument, EstimateDocumentLine } from './types.ts'

/**
 * A made-up estimate for the PDF tests and bench/pdf-estimate.ts: a clinic with a full
 * letterhead, and `lineCount` items cycling through the catalogue's kinds (exempt treatment and
 * taxable whitening), amounts computed by shared/plans/estimate.ts as the plans module does.
 */

/** A 24 × 24 PNG (a blue disc) standing in for a clinic's logo. */
export const SAMPLE_LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAARklEQVR42mP4TyXAMHQMEslbgAuRYBAeU3CZxUCqEbiMo41BJJmCZhYDJaYgmzVq0KhB1DWIail7UGZaapZHVC4hB7LwBwC0VYOSP249cQAAAABJRU5ErkJggg==',
  'base64',
)

const ITEMS: Array<{
  phase: Phase
  code: string
  name: string
  site: string
  unitPricePaise: number
  taxable: boolean
  sacCode: string
  gstRateBp: number
}> = [
  {
    phase: 'urgent',
    code: 'RCT-M',
    name: 'Root canal treatment, molar',
    site: '36',
    unitPricePaise: 800_000,
    taxable: false,
    sacCode: '999312',
    gstRateBp: 0,
  },
  {
    phase: 'phase_1',
    code: 'CRN-ZR',
    name: 'Zirconia crown',
    site: '36',
    unitPricePaise: 1_500_000,
    taxable: false,
    sacCode: '999312',
    gstRateBp: 0,
  },
  {
    phase: 'phase_1',
    code: 'IMP',
    name: 'Implant with abutment and crown',
    site: '46',
    unitPricePaise: 4_500_000,
    taxable: false,
    sacCode: '999312',
    gstRateBp: 0,
  },
  {
    phase: 'phase_2',
    code: 'WHITEN',
    name: 'Tooth whitening (in-office)',
    site: 'Upper arch',
    unitPricePaise: 1_200_000,
    taxable: true,
    sacCode: '999722',
    gstRateBp: 1800,
  },
]

export function sampleEstimate(language: 'en' | 'hi', lineCount = 4): EstimateDocument {
  const lines: EstimateDocumentLine[] = []
  for (let i = 0; i < lineCount; i++) {
    const item = ITEMS[i % ITEMS.length] as (typeof ITEMS)[number]
    const discountPaise = i % 3 === 1 ? 50_000 : 0
    const amounts = lineAmounts({ ...item, quantity: 1, discountPaise })
    lines.push({
      ...item,
      site: item.site === '36' ? `${36 + (i % 3)} MO` : item.site,
      quantity: 1,
      discountPaise,
      netPaise: amounts.netPaise,
      cgstPaise: amounts.cgstPaise,
      sgstPaise: amounts.sgstPaise,
      totalPaise: amounts.totalPaise,
    })
  }
  return {
    language,
    letterhead: {
      clinicName: 'Smile Care Dental Clinic',
      addressLines: ['12, MG Road', 'Near City Hospital', 'Pune, Maharashtra 411001'],
      phone: '+91 98765 43210',
      email: 'front.desk@smilecare.example',
      gstin: '27AAPFU0939F1ZV',
      logoPng: SAMPLE_LOGO_PNG,
    },
    issuedAt: new Date('2026-11-30T20:15:00Z'),
    timeZone: 'Asia/Kolkata',
    patient: {
      name: language === 'hi' ? 'अनिल कुमार त्रिपाठी' : 'Anil Kumar Tripathi',
      reference: 'P-000123',
      ageSex: '42 / M',
    },
    plan: { title: 'Implant option', version: 2, doctorName: 'Dr Meera Iyer' },
    lines,
    totals: estimateTotals(lines),
  }
}
