/**
 * The estimate of a treatment plan: each item's amount, discount and the GST that will apply,
 * and the totals. Pure and integer-only (paise and basis points), used by the server (the
 * estimate document and the acceptance record) and by the web app (the plan builder's totals),
 * so the two never disagree.
 *
 * GST (india-domain §3.4, §3.9): services in the clinic are intra-state (IGST Act s.12(4)), so a
 * taxable line carries CGST and SGST, each half the rate on the line's taxable value, each
 * rounded to the paisa half up, computed per line so that CGST = SGST. Exempt lines
 * (Notification 12/2017-CT(Rate) Sl. 74) carry none.
 */

export interface EstimateLineInput {
  quantity: number
  unitPricePaise: number
  discountPaise: number
  taxable: boolean
  /** GST rate in basis points: 500 = 5%. */
  gstRateBp: number
}

export interface EstimateAmounts {
  /** Quantity × unit price. */
  grossPaise: number
  discountPaise: number
  /** Gross less discount: the taxable value of a taxable line. */
  netPaise: number
  cgstPaise: number
  sgstPaise: number
  /** Net plus CGST and SGST. */
  totalPaise: number
}

export interface EstimateTotals {
  /** Sum of the lines' gross amounts. */
  subtotalPaise: number
  discountPaise: number
  /** Net value of the taxable lines, and of the exempt ones. */
  taxableValuePaise: number
  exemptValuePaise: number
  cgstPaise: number
  sgstPaise: number
  gstPaise: number
  totalPaise: number
}

/** One half of the GST on a taxable value, to the paisa, half up: value × rate ÷ 2. */
export function halfGstPaise(netPaise: number, gstRateBp: number): number {
  assertWholePaise(netPaise, 'netPaise')
  // value × (rate / 10 000) / 2, rounded half up, in integers: floor((2·value·rate + 20 000) / 40 000).
  return Math.floor((2 * netPaise * gstRateBp + 20_000) / 40_000)
}

export function lineAmounts(line: EstimateLineInput): EstimateAmounts {
  assertWholePaise(line.unitPricePaise, 'unitPricePaise')
  assertWholePaise(line.discountPaise, 'discountPaise')
  const grossPaise = line.unitPricePaise * line.quantity
  if (line.discountPaise > grossPaise) {
    throw new RangeError('a discount cannot exceed the amount it discounts')
  }
  const netPaise = grossPaise - line.discountPaise
  const half = line.taxable ? halfGstPaise(netPaise, line.gstRateBp) : 0
  return {
    grossPaise,
    discountPaise: line.discountPaise,
    netPaise,
    cgstPaise: half,
    sgstPaise: half,
    totalPaise: netPaise + 2 * half,
  }
}

export function estimateTotals(lines: readonly EstimateLineInput[]): EstimateTotals {
  const totals: EstimateTotals = {
    subtotalPaise: 0,
    discountPaise: 0,
    taxableValuePaise: 0,
    exemptValuePaise: 0,
    cgstPaise: 0,
    sgstPaise: 0,
    gstPaise: 0,
    totalPaise: 0,
  }
  for (const line of lines) {
    const amounts = lineAmounts(line)
    totals.subtotalPaise += amounts.grossPaise
    totals.discountPaise += amounts.discountPaise
    if (line.taxable) totals.taxableValuePaise += amounts.netPaise
    else totals.exemptValuePaise += amounts.netPaise
    totals.cgstPaise += amounts.cgstPaise
    totals.sgstPaise += amounts.sgstPaise
    totals.totalPaise += amounts.totalPaise
  }
  totals.gstPaise = totals.cgstPaise + totals.sgstPaise
  return totals
}

function assertWholePaise(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be whole, non-negative paise`)
  }
}
