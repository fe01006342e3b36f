import {
  computeInvoiceTax,
  type InvoiceLineInput,
  type InvoiceTaxResult,
} from '../../../../shared/billing/index.ts'
import type { BillableItem } from '../../../../shared/contracts/billable-items.ts'
import type { Invoice, NewInvoice } from '../../../../shared/contracts/billing.ts'
import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { utcToZonedParts } from '../../../../shared/scheduling/clinic-time.ts'
import { paiseToRupeesText, rupeesToPaise } from '../plans/rupees.ts'

/**
 * The invoice form's state and what it sends: completed plan items ticked by id, ad hoc lines as
 * typed (rupees and quantities as text until sent), the recipient and the round-off. The totals
 * are worked out with computeInvoiceTax, the code the server stores the invoice with, so the
 * screen shows the paise the invoice will carry. Money is integer paise throughout.
 */

/** A completed plan item the invoice may bill: from billable-items, or already on this draft. */
export interface PlanItemChoice {
  id: string
  description: string
  quantity: number
  unitPricePaise: number
  discountPaise: number
  taxable: boolean
  gstRateBp: number
  sacCode: string
  completedAt: string | null
  doctorName: string | null
}

export interface TypedLine {
  /** React key only; never sent. */
  key: string
  description: string
  sacCode: string
  quantity: string
  price: string
  discount: string
  /** Basis points as text ('0', '500', '1800'): the select's value. */
  gstRateBp: string
}

export interface CompanyRecipient {
  name: string
  address: string
  stateCode: string
  gstin: string
}

export interface InvoiceDraftState {
  planItemIds: string[]
  lines: TypedLine[]
  recipientKind: 'patient' | 'company'
  company: CompanyRecipient
  roundOff: boolean
}

type RecipientStateCode = NonNullable<NonNullable<NewInvoice['recipient']>['stateCode']>

let nextKey = 0
function newKey(): string {
  nextKey += 1
  return `line-${nextKey}`
}

export function billableChoice(item: BillableItem): PlanItemChoice {
  return {
    id: item.id,
    description: item.description,
    quantity: item.quantity,
    unitPricePaise: item.unitPricePaise,
    discountPaise: item.discountPaise,
    taxable: item.taxable,
    gstRateBp: item.gstRateBp,
    sacCode: item.sacCode,
    completedAt: item.completedAt,
    doctorName: item.doctorName,
  }
}

/** The plan items a draft already bills: they are on it, so billable-items no longer lists them. */
export function draftPlanChoices(invoice: Invoice): PlanItemChoice[] {
  return invoice.lines.flatMap((line) =>
    line.planItemId === null
      ? []
      : [
          {
            id: line.planItemId,
            description: line.description,
            quantity: line.quantity,
            unitPricePaise: line.unitPricePaise,
            discountPaise: line.discountPaise,
            taxable: line.taxable,
            gstRateBp: line.gstRateBp,
            sacCode: line.sacCode,
            completedAt: null,
            doctorName: null,
          },
        ],
  )
}

export function emptyLine(): TypedLine {
  return {
    key: newKey(),
    description: '',
    sacCode: '999312',
    quantity: '1',
    price: '',
    discount: '',
    gstRateBp: '0',
  }
}

/** A catalogue procedure as a line, at its list price and tax. */
export function procedureLine(procedure: Procedure): TypedLine {
  return {
    key: newKey(),
    description: procedure.name,
    sacCode: procedure.sacCode,
    quantity: '1',
    price: paiseToRupeesText(procedure.pricePaise),
    discount: '',
    gstRateBp: String(procedure.taxable ? procedure.gstRateBp : 0),
  }
}

/**
 * A new invoice: every completed item ticked (what the front desk bills nearly always), or, when
 * billing one visit from today's list, only the items `isTicked` picks (those completed that day).
 */
export function newDraftState(
  choices: readonly PlanItemChoice[],
  isTicked: (choice: PlanItemChoice) => boolean = () => true,
): InvoiceDraftState {
  return {
    planItemIds: choices.filter(isTicked).map((choice) => choice.id),
    lines: [],
    recipientKind: 'patient',
    company: { name: '', address: '', stateCode: '', gstin: '' },
    roundOff: true,
  }
}

/** A draft being changed: what it holds now. */
export function editDraftState(invoice: Invoice): InvoiceDraftState {
  const isCompany = invoice.recipient.gstin !== null
  return {
    planItemIds: invoice.lines.flatMap((line) => (line.planItemId ? [line.planItemId] : [])),
    lines: invoice.lines
      .filter((line) => line.planItemId === null)
      .map((line) => ({
        key: newKey(),
        description: line.description,
        sacCode: line.sacCode,
        quantity: String(line.quantity),
        price: paiseToRupeesText(line.unitPricePaise),
        discount: line.discountPaise === 0 ? '' : paiseToRupeesText(line.discountPaise),
        gstRateBp: String(line.gstRateBp),
      })),
    recipientKind: isCompany ? 'company' : 'patient',
    company: {
      name: isCompany ? (invoice.recipient.name ?? '') : '',
      address: isCompany ? (invoice.recipient.address ?? '') : '',
      stateCode: isCompany ? (invoice.recipient.stateCode ?? '') : '',
      gstin: invoice.recipient.gstin ?? '',
    },
    roundOff: invoice.roundOff,
  }
}

/** Whether the item was completed on `date` (YYYY-MM-DD) by the clinic's calendar. */
export function completedOn(choice: PlanItemChoice, date: string, zone: string): boolean {
  return (
    choice.completedAt !== null && utcToZonedParts(new Date(choice.completedAt), zone).date === date
  )
}

const QUANTITY = /^\d{1,4}$/
const SAC = /^\d{4,8}$/

function quantityOf(line: TypedLine): number | null {
  const typed = line.quantity.trim()
  if (!QUANTITY.test(typed)) return null
  const quantity = Number(typed)
  return quantity >= 1 ? quantity : null
}

function discountOf(line: TypedLine): number | null {
  return line.discount.trim() === '' ? 0 : rupeesToPaise(line.discount)
}

/** A typed line in paise, or null while it is incomplete or not a valid amount. */
export function typedLineInput(line: TypedLine): InvoiceLineInput | null {
  const quantity = quantityOf(line)
  const unitPricePaise = rupeesToPaise(line.price)
  const discountPaise = discountOf(line)
  const gstRateBp = Number(line.gstRateBp)
  if (
    line.description.trim() === '' ||
    !SAC.test(line.sacCode.trim()) ||
    quantity === null ||
    unitPricePaise === null ||
    discountPaise === null
  ) {
    return null
  }
  return { quantity, unitPricePaise, discountPaise, taxable: gstRateBp > 0, gstRateBp }
}

export type DraftProblem = 'required' | 'sac' | 'quantity' | 'rupees' | 'discount' | 'noLines'

/** What the screen finds wrong before sending, keyed by the request field it concerns. */
export function checkDraft(state: InvoiceDraftState): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {}
  state.lines.forEach((line, index) => {
    const at = (field: string) => `lines.${index}.${field}`
    if (line.description.trim() === '') problems[at('description')] = 'required'
    if (!SAC.test(line.sacCode.trim())) problems[at('sacCode')] = 'sac'
    const quantity = quantityOf(line)
    if (quantity === null) problems[at('quantity')] = 'quantity'
    const price = rupeesToPaise(line.price)
    if (price === null) problems[at('unitPricePaise')] = 'rupees'
    const discount = discountOf(line)
    if (discount === null) problems[at('discountPaise')] = 'rupees'
    else if (price !== null && quantity !== null && discount > price * quantity) {
      problems[at('discountPaise')] = 'discount'
    }
  })
  if (state.recipientKind === 'company') {
    if (state.company.name.trim() === '') problems['recipient.name'] = 'required'
    if (state.company.gstin.trim() === '') problems['recipient.gstin'] = 'required'
  }
  if (state.planItemIds.length === 0 && state.lines.length === 0) problems.lines = 'noLines'
  return problems
}

/**
 * The live totals: ticked plan items first, then the typed lines (the server's order), or null
 * while a line is incomplete or there is none. A breach of the tax rules themselves (GST charged
 * by an unregistered clinic) comes back as computeInvoiceTax reports it.
 */
export function draftTax(
  state: InvoiceDraftState,
  choices: readonly PlanItemChoice[],
  registered: boolean,
): InvoiceTaxResult | null {
  const ticked = choices.filter((choice) => state.planItemIds.includes(choice.id))
  const typed = state.lines.map(typedLineInput)
  if (typed.some((line) => line === null)) return null
  const lines: InvoiceLineInput[] = [
    ...ticked.map((choice) => ({
      quantity: choice.quantity,
      unitPricePaise: choice.unitPricePaise,
      discountPaise: choice.discountPaise,
      taxable: choice.taxable,
      gstRateBp: choice.gstRateBp,
    })),
    ...typed.filter((line): line is InvoiceLineInput => line !== null),
  ]
  if (lines.length === 0) return null
  return computeInvoiceTax(lines, { registered, roundOff: state.roundOff })
}

/** A new draft's body, or a change's: `recipient: null` gives a company's draft back to the patient. */
export type DraftBody = NewInvoice | (Omit<NewInvoice, 'recipient'> & { recipient: null })

/**
 * The request body. The recipient is sent only when a company pays, or when a draft that was a
 * company's goes back to the patient (`null`: the server puts back the patient's particulars).
 */
export function draftBody(
  state: InvoiceDraftState,
  options: { patientName: string; wasCompany: boolean },
): DraftBody {
  const lines = state.lines.map((line) => {
    const input = typedLineInput(line)
    if (!input) throw new Error('draftBody: an incomplete line was not caught by checkDraft')
    return {
      description: line.description.trim(),
      sacCode: line.sacCode.trim(),
      quantity: input.quantity,
      unitPricePaise: input.unitPricePaise,
      discountPaise: input.discountPaise,
      gstRateBp: input.gstRateBp,
      taxable: input.taxable,
    }
  })
  const body: NewInvoice = { planItemIds: state.planItemIds, lines, roundOff: state.roundOff }
  if (state.recipientKind === 'company') {
    const { name, address, stateCode, gstin } = state.company
    body.recipient = {
      name: name.trim(),
      address: address.trim(),
      gstin: gstin.trim().toUpperCase(),
      ...(stateCode ? { stateCode: stateCode as RecipientStateCode } : {}),
    }
  } else if (options.wasCompany) {
    // Back to the patient: the server puts back the name, address and state on file.
    return { ...body, recipient: null }
  }
  return body
}
