import type { GstSummary } from '../../../shared/contracts/billing-reports.ts'
import type { RateTotals } from './queries.ts'

type Part = GstSummary['invoices']
type NetPart = GstSummary['net']

/** A part of the summary from its rows by rate: rate 0 is the exempt value (india-domain §3.1). */
export function presentPart(totals: { documents: number; rates: RateTotals[] }): Part {
  const taxable = totals.rates.filter((row) => row.gstRateBp > 0)
  const exempt = totals.rates.filter((row) => row.gstRateBp === 0)
  const exemptValue = exempt.reduce((sum, row) => sum + row.taxablePaise, 0)
  const sum = (pick: (row: RateTotals) => number) =>
    taxable.reduce((acc, row) => acc + pick(row), 0)
  const taxableValue = sum((row) => row.taxablePaise)
  const cgst = sum((row) => row.cgstPaise)
  const sgst = sum((row) => row.sgstPaise)
  return {
    documents: totals.documents,
    rates: taxable.map((row) => ({
      gstRateBp: row.gstRateBp,
      lines: row.lines,
      taxableValuePaise: row.taxablePaise,
      cgstPaise: row.cgstPaise,
      sgstPaise: row.sgstPaise,
    })),
    exempt: { lines: exempt.reduce((acc, row) => acc + row.lines, 0), valuePaise: exemptValue },
    totals: {
      taxableValuePaise: taxableValue,
      exemptValuePaise: exemptValue,
      cgstPaise: cgst,
      sgstPaise: sgst,
      totalPaise: taxableValue + exemptValue + cgst + sgst,
    },
  }
}

/** Invoices less credit notes, rate by rate. Lines count the invoice lines less the notes' lines. */
export function subtractParts(plus: Part, minus: Part): NetPart {
  const rates = new Map<number, Part['rates'][number]>()
  for (const row of plus.rates) rates.set(row.gstRateBp, { ...row })
  for (const row of minus.rates) {
    const base = rates.get(row.gstRateBp) ?? {
      gstRateBp: row.gstRateBp,
      lines: 0,
      taxableValuePaise: 0,
      cgstPaise: 0,
      sgstPaise: 0,
    }
    rates.set(row.gstRateBp, {
      gstRateBp: row.gstRateBp,
      lines: base.lines - row.lines,
      taxableValuePaise: base.taxableValuePaise - row.taxableValuePaise,
      cgstPaise: base.cgstPaise - row.cgstPaise,
      sgstPaise: base.sgstPaise - row.sgstPaise,
    })
  }
  const t = (key: keyof Part['totals']) => plus.totals[key] - minus.totals[key]
  return {
    rates: [...rates.values()].sort((a, b) => a.gstRateBp - b.gstRateBp),
    exempt: {
      lines: plus.exempt.lines - minus.exempt.lines,
      valuePaise: plus.exempt.valuePaise - minus.exempt.valuePaise,
    },
    totals: {
      taxableValuePaise: t('taxableValuePaise'),
      exemptValuePaise: t('exemptValuePaise'),
      cgstPaise: t('cgstPaise'),
      sgstPaise: t('sgstPaise'),
      totalPaise: t('totalPaise'),
    },
  }
}
