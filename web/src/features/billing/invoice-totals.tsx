import type { DocumentKind } from '../../../../shared/billing/index.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'

export interface TotalsShown {
  taxableValuePaise: number
  exemptValuePaise: number
  cgstPaise: number
  sgstPaise: number
  roundOffPaise: number
  totalPaise: number
}

/** A signed amount: the round-off can take paise away (−₹0.49) or add them (+₹0.50). */
function signed(paise: number): string {
  if (paise < 0) return `−${formatPaise(-paise)}`
  if (paise > 0) return `+${formatPaise(paise)}`
  return formatPaise(0)
}

/**
 * An invoice's money as the document prints it (CGST Rules 46 and 49): the taxable value, the
 * value of exempt supplies, CGST and SGST (intra-state, IGST Act s.12(4)), the round-off and the
 * total; with the kind of document the lines make (Rule 46A when both kinds are on it).
 */
export function InvoiceTotals({
  totals,
  kind,
}: {
  totals: TotalsShown
  kind: DocumentKind | null
}) {
  const t = useT()
  return (
    <div className="invoice-totals">
      <dl className="plan-totals" data-testid="invoice-totals">
        <div>
          <dt>{t('billing.totals.taxable')}</dt>
          <dd data-total="taxable">{formatPaise(totals.taxableValuePaise)}</dd>
        </div>
        <div>
          <dt>{t('billing.totals.exempt')}</dt>
          <dd data-total="exempt">{formatPaise(totals.exemptValuePaise)}</dd>
        </div>
        <div>
          <dt>{t('billing.totals.cgst')}</dt>
          <dd data-total="cgst">{formatPaise(totals.cgstPaise)}</dd>
        </div>
        <div>
          <dt>{t('billing.totals.sgst')}</dt>
          <dd data-total="sgst">{formatPaise(totals.sgstPaise)}</dd>
        </div>
        <div>
          <dt>{t('billing.totals.roundOff')}</dt>
          <dd data-total="round-off">{signed(totals.roundOffPaise)}</dd>
        </div>
        <div className="plan-totals-total">
          <dt>{t('billing.totals.total')}</dt>
          <dd data-total="total">{formatPaise(totals.totalPaise)}</dd>
        </div>
      </dl>
      {kind && (
        <p className="invoice-kind">
          {t('billing.totals.kind', { kind: t(`billing.kind.${kind}`) })}
        </p>
      )}
    </div>
  )
}
