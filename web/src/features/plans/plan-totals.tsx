import type { Plan } from '../../../../shared/contracts/plans.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'

/**
 * A plan's money: subtotal, discount, GST (CGST and SGST, only when some line is taxable:
 * dental treatment is exempt, cosmetic work is not — india-domain §3.2) and the total.
 */
export function PlanTotals({
  totals,
  isLarge = false,
}: {
  totals: Plan['totals']
  isLarge?: boolean
}) {
  const t = useT()
  return (
    <dl className={isLarge ? 'plan-totals plan-totals-large' : 'plan-totals'}>
      <div>
        <dt>{t('plans.totals.subtotal')}</dt>
        <dd>{formatPaise(totals.subtotalPaise)}</dd>
      </div>
      {totals.discountPaise > 0 && (
        <div>
          <dt>{t('plans.totals.discount')}</dt>
          <dd>−{formatPaise(totals.discountPaise)}</dd>
        </div>
      )}
      {totals.gstPaise > 0 && (
        <>
          <div>
            <dt>{t('plans.totals.cgst')}</dt>
            <dd>{formatPaise(totals.cgstPaise)}</dd>
          </div>
          <div>
            <dt>{t('plans.totals.sgst')}</dt>
            <dd>{formatPaise(totals.sgstPaise)}</dd>
          </div>
        </>
      )}
      <div className="plan-totals-total">
        <dt>{t('plans.totals.total')}</dt>
        <dd>{formatPaise(totals.totalPaise)}</dd>
      </div>
    </dl>
  )
}
