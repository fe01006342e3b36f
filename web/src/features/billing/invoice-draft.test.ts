import { describe, expect, it } from 'vitest'
import {
  checkDraft,
  draftBody,
  draftTax,
  emptyLine,
  type InvoiceDraftState,
  newDraftState,
  type PlanItemChoice,
} from './invoice-draft.ts'

const rct: PlanItemChoice = {
  id: '11111111-1111-4111-8111-111111111111',
  description: 'Root canal treatment, molar (tooth 36)',
  quantity: 1,
  unitPricePaise: 8_000_00,
  discountPaise: 500_00,
  taxable: false,
  gstRateBp: 0,
  sacCode: '999312',
  completedAt: '2026-12-05T06:00:00.000Z',
  doctorName: 'Dr Anjali Rao',
}

const whitening = (price: string, rate = '1800') => ({
  ...emptyLine(),
  description: 'Teeth whitening',
  sacCode: '999722',
  price,
  gstRateBp: rate,
})

describe('the invoice form model', () => {
  it('ticks every completed item of a new invoice', () => {
    expect(newDraftState([rct]).planItemIds).toEqual([rct.id])
  })

  it('works out the totals with the server arithmetic: exempt RCT, whitening at 18%', () => {
    const state: InvoiceDraftState = { ...newDraftState([rct]), lines: [whitening('10,000')] }
    const tax = draftTax(state, [rct], true)
    expect(tax?.ok).toBe(true)
    if (!tax?.ok) return
    expect(tax.invoice.kind).toBe('invoice_cum_bill_of_supply')
    expect(tax.invoice.totals).toMatchObject({
      exemptValuePaise: 7_500_00,
      taxableValuePaise: 10_000_00,
      cgstPaise: 900_00,
      sgstPaise: 900_00,
      roundOffPaise: 0,
      grandTotalPaise: 19_300_00,
    })
  })

  it('rounds to the rupee when asked, half up', () => {
    const state: InvoiceDraftState = {
      ...newDraftState([]),
      lines: [whitening('100.50', '500')],
    }
    const tax = draftTax(state, [], true)
    if (!tax?.ok) throw new Error('expected totals')
    // 100.50 + 2.51 + 2.51 = 105.52 → 106.00
    expect(tax.invoice.totals.roundOffPaise).toBe(48)
    expect(tax.invoice.totals.grandTotalPaise).toBe(106_00)
  })

  it('shows no totals while a line is incomplete, and refuses GST from an unregistered clinic', () => {
    expect(draftTax({ ...newDraftState([]), lines: [emptyLine()] }, [], true)).toBeNull()
    const tax = draftTax({ ...newDraftState([]), lines: [whitening('500')] }, [], false)
    expect(tax?.ok).toBe(false)
  })

  it('names the request fields it finds wrong', () => {
    const line = { ...emptyLine(), quantity: '0', price: '12.345', discount: 'x' }
    expect(checkDraft({ ...newDraftState([]), lines: [line], recipientKind: 'company' })).toEqual({
      'lines.0.description': 'required',
      'lines.0.quantity': 'quantity',
      'lines.0.unitPricePaise': 'rupees',
      'lines.0.discountPaise': 'rupees',
      'recipient.name': 'required',
      'recipient.gstin': 'required',
    })
    expect(checkDraft(newDraftState([]))).toEqual({ lines: 'noLines' })
    const tooMuch = { ...whitening('100'), discount: '100.01' }
    expect(checkDraft({ ...newDraftState([]), lines: [tooMuch] })).toEqual({
      'lines.0.discountPaise': 'discount',
    })
  })

  it('sends paise, and the recipient only when a company pays or a company draft goes back', () => {
    const state = { ...newDraftState([rct]), lines: [whitening('1,250.50')] }
    const body = draftBody(state, { patientName: 'Meera Iyer', wasCompany: false })
    expect(body).toEqual({
      planItemIds: [rct.id],
      roundOff: true,
      lines: [
        {
          description: 'Teeth whitening',
          sacCode: '999722',
          quantity: 1,
          unitPricePaise: 1_250_50,
          discountPaise: 0,
          gstRateBp: 1800,
          taxable: true,
        },
      ],
    })
    const company = draftBody(
      {
        ...state,
        recipientKind: 'company',
        company: { name: 'Acme', address: '', stateCode: '29', gstin: '29aapfu0939f1zv ' },
      },
      { patientName: 'Meera Iyer', wasCompany: false },
    )
    expect(company.recipient).toEqual({
      name: 'Acme',
      address: '',
      stateCode: '29',
      gstin: '29AAPFU0939F1ZV',
    })
    expect(draftBody(state, { patientName: 'Meera Iyer', wasCompany: true }).recipient).toBeNull()
  })
})
