import type { Estimate } from '../../../../shared/contracts/plans.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { percent } from './item-row.tsx'
import { PlanTotals } from './plan-totals.tsx'
import { siteOf } from './plan-view.ts'

/**
 * The estimate's lines and totals as the patient will read them: GST is shown on a taxable line
 * only (cosmetic work such as whitening, at the clinic's rate); treatment is exempt
 * (Notification 12/2017-CT(Rate) Sl. 74), and says so rather than showing ₹0.00 of tax.
 */
export function EstimateTable({
  estimate,
  isLarge = false,
}: {
  estimate: Estimate
  isLarge?: boolean
}) {
  const t = useT()
  return (
    <div className={isLarge ? 'estimate estimate-large' : 'estimate'}>
      <div className="table-scroll">
        <table className="data-table estimate-table">
          <caption className="visually-hidden">{t('plans.estimateCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.estimate.item')}</th>
              <th scope="col">{t('plans.estimate.site')}</th>
              <th scope="col" className="numeric">
                {t('plans.amount')}
              </th>
              <th scope="col" className="numeric">
                {t('plans.discount')}
              </th>
              <th scope="col" className="numeric">
                {t('plans.estimate.gst')}
              </th>
              <th scope="col" className="numeric">
                {t('plans.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {estimate.items.map((item) => (
              <tr key={item.id} data-code={item.code}>
                <th scope="row">{item.name}</th>
                <td>{siteOf(item, t)}</td>
                <td className="numeric">{formatPaise(item.unitPricePaise * item.quantity)}</td>
                <td className="numeric">
                  {item.discountPaise > 0 ? `−${formatPaise(item.discountPaise)}` : '—'}
                </td>
                <td className="numeric" data-gst={item.taxable ? 'taxable' : 'exempt'}>
                  {item.taxable
                    ? t('plans.estimate.gstAmount', {
                        amount: formatPaise(item.cgstPaise + item.sgstPaise),
                        rate: percent(item.gstRateBp),
                      })
                    : t('plans.estimate.exempt')}
                </td>
                <td className="numeric">{formatPaise(item.totalPaise)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PlanTotals totals={estimate.totals} isLarge={isLarge} />
    </div>
  )
}
