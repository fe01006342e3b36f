import { computeInvoiceTax, type DocumentKind } from '../../../shared/billing/index.ts'
import type { InvoiceDocument, InvoiceDocumentLine } from './invoice-types.ts'
import { SAMPLE_LOGO_PNG } from './sample-estimate.ts'

/**
 * A made-up invoice for the PDF tests (and the billing bench): the journey of issue #12, an RCT
 * (exempt healthcare) and a whitening (cosmetic, taxable at 5%: Group 99972 after GST 2.0,
 * india-domain §3.2) on one invoice-cum-bill of supply, amounts computed by shared/billing as the
 * billing module does.
 */
const LINES = {
  rct: {
    description: 'Root canal treatment, molar (36)',
    sacCode: '999312',
    quantity: 1,
    unitPricePaise: 6_500_00,
    discountPaise: 0,
    taxable: false,
    gstRateBp: 0,
  },
  whitening: {
    description: 'Teeth whitening, in-office',
    sacCode: '999722',
    quantity: 1,
    unitPricePaise: 18_000_00,
    discountPaise: 1_000_00,
    taxable: true,
    gstRateBp: 500,
  },
  crowns: {
    description: 'Crown, zirconia',
    sacCode: '999312',
    quantity: 14,
    unitPricePaise: 12_345_67,
    discountPaise: 0,
    taxable: false,
    gstRateBp: 0,
  },
}

export function sampleInvoice(
  language: 'en' | 'hi',
  kind: DocumentKind = 'invoice_cum_bill_of_supply',
  options: { roundOff?: boolean; registeredBuyer?: boolean } = {},
): InvoiceDocument {
  const inputs =
    kind === 'invoice_cum_bill_of_supply'
      ? [LINES.rct, LINES.whitening]
      : kind === 'tax_invoice'
        ? [LINES.whitening]
        : [LINES.rct, LINES.crowns]
  const computed = computeInvoiceTax(inputs, {
    registered: true,
    roundOff: options.roundOff ?? false,
  })
  if (!computed.ok) throw new Error(`sample invoice: ${JSON.stringify(computed.errors)}`)
  const { invoice } = computed
  const lines: InvoiceDocumentLine[] = inputs.map((input, index) => {
    const amounts = invoice.lines[index]
    if (!amounts) throw new Error('sample invoice: a line without amounts')
    return {
      description: input.description,
      sacCode: input.sacCode,
      quantity: input.quantity,
      unitPricePaise: input.unitPricePaise,
      discountPaise: input.discountPaise,
      taxableValuePaise: amounts.taxableValuePaise,
      taxable: input.taxable,
      gstRateBp: input.gstRateBp,
      cgstPaise: amounts.cgstPaise,
      sgstPaise: amounts.sgstPaise,
      totalPaise: amounts.totalPaise,
    }
  })
  return {
    language,
    kind: invoice.kind,
    letterhead: {
      clinicName: 'Smile Care Dental Clinic',
      addressLines: ['12, MG Road', 'Pune, Maharashtra 411001'],
      phone: '+91 20 2612 3456',
      email: 'front.desk@smilecare.example',
      gstin: '27AAPFU0939F1ZV',
      logoPng: SAMPLE_LOGO_PNG,
    },
    supplierLegalName: 'Dr Kavita Joshi (proprietor)',
    supplierState: { name: 'Maharashtra', code: '27' },
    number: 'INV/26-27/0042',
    // 20:15 UTC on 30 November is 01:45 on 1 December in the clinic.
    issuedAt: new Date('2026-11-30T20:15:00Z'),
    timeZone: 'Asia/Kolkata',
    recipient: options.registeredBuyer
      ? {
          name: 'Acme Software Pvt Ltd',
          reference: null,
          address: '4th Floor, Tech Park, Hinjewadi, Pune 411057',
          state: { name: 'Maharashtra', code: '27' },
          gstin: '27AAPFU0939F1ZV',
        }
      : {
          name: 'Anil Kumar Tripathi',
          reference: 'P-000123',
          address: null,
          state: null,
          gstin: null,
        },
    lines,
    totals: invoice.totals,
    gstByRate: invoice.gstByRate,
    notes: null,
  }
}
