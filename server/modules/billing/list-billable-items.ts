import { sql } from 'kysely'
import type { BillableItem } from '../../../shared/contracts/billable-items.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { requireBillingPatient } from './guards.ts'

interface BillableItemRow {
  id: string
  code: string
  name: string
  tooth: number | null
  quantity: number
  unit_price_paise: number
  discount_paise: number
  sac_code: string
  taxable: boolean
  gst_rate_bp: number
  completed_at: Date
  doctor_name: string
}

/**
 * The patient's completed plan items no invoice bills yet (billing_billable_items: plan items are
 * clinical, ADR 0011, so the front desk reads their billing particulars through the definer).
 * The description is the one the draft's line will carry (draft-lines.ts), so what is ticked is
 * what is printed. 404 for a patient not of this clinic.
 */
export async function listBillableItems(tx: Tx, patientId: string): Promise<BillableItem[]> {
  await requireBillingPatient(tx, patientId)
  const { rows } = await sql<BillableItemRow>`
    SELECT id, code, name, tooth, quantity, unit_price_paise, discount_paise, sac_code, taxable,
           gst_rate_bp, completed_at, doctor_name
    FROM billing_billable_items(${patientId}::uuid)`.execute(tx)
  return rows.map((row) => {
    const quantity = Number(row.quantity)
    const unitPricePaise = Number(row.unit_price_paise)
    const discountPaise = Number(row.discount_paise)
    const where = row.tooth === null ? '' : ` (tooth ${row.tooth})`
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      description: `${row.name}${where}`.slice(0, 200),
      tooth: row.tooth === null ? null : Number(row.tooth),
      sacCode: row.sac_code,
      quantity,
      unitPricePaise,
      discountPaise,
      valuePaise: quantity * unitPricePaise - discountPaise,
      taxable: row.taxable,
      gstRateBp: Number(row.gst_rate_bp),
      completedAt: new Date(row.completed_at).toISOString(),
      doctorName: row.doctor_name,
    }
  })
}
