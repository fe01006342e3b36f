import { financialYearStarting } from '../../../shared/billing/index.ts'
import type { Invoice, InvoiceLine } from '../../../shared/contracts/billing.ts'
import type { InvoiceLineRow, LoadedInvoice } from './queries.ts'

const iso = (value: Date | string) => new Date(value).toISOString()

export function presentInvoiceLine(row: InvoiceLineRow): InvoiceLine {
  return {
    id: row.id,
    position: row.position,
    description: row.description,
    sacCode: row.sac_code,
    quantity: row.quantity,
    unitPricePaise: Number(row.unit_price_paise),
    discountPaise: Number(row.discount_paise),
    taxable: row.taxable,
    gstRateBp: row.gst_rate_bp,
    taxableValuePaise: Number(row.taxable_value_paise),
    cgstPaise: Number(row.cgst_paise),
    sgstPaise: Number(row.sgst_paise),
    totalPaise: Number(row.total_paise),
    planItemId: row.plan_item_id,
  }
}

export function presentInvoice({ invoice, lines }: LoadedInvoice): Invoice {
  return {
    id: invoice.id,
    patientId: invoice.patient_id,
    status: invoice.status,
    kind: invoice.kind,
    number: invoice.number,
    financialYear:
      invoice.fy_start_year === null ? null : financialYearStarting(invoice.fy_start_year).label,
    issuedAt: invoice.issued_at === null ? null : iso(invoice.issued_at),
    issuedBy: invoice.issued_by,
    supplier:
      invoice.supplier_name === null
        ? null
        : {
            name: invoice.supplier_name,
            gstin: invoice.supplier_gstin,
            stateCode: invoice.supplier_state_code,
          },
    recipient: {
      name: invoice.recipient_name,
      address: invoice.recipient_address,
      stateCode: invoice.recipient_state_code,
      gstin: invoice.recipient_gstin,
    },
    roundOff: invoice.round_off,
    notes: invoice.notes,
    totals: {
      taxableValuePaise: Number(invoice.taxable_value_paise),
      exemptValuePaise: Number(invoice.exempt_value_paise),
      cgstPaise: Number(invoice.cgst_paise),
      sgstPaise: Number(invoice.sgst_paise),
      roundOffPaise: invoice.round_off_paise,
      totalPaise: Number(invoice.total_paise),
    },
    lines: lines.map(presentInvoiceLine),
    createdAt: iso(invoice.created_at),
    updatedAt: iso(invoice.updated_at),
  }
}
