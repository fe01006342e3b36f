import { useState } from 'react'
import type { PlanItem } from '../../../../shared/contracts/plans.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { lineAmounts } from '../../../../shared/plans/estimate.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { paiseToRupeesText, rupeesToPaise } from './rupees.ts'

export interface PriceDialogProps {
  item: PlanItem | null
  onSave: (
    item: PlanItem,
    change: { unitPricePaise: number; discountPaise: number },
  ) => Promise<void>
  onClose: () => void
}

/**
 * An item's price and discount, typed in rupees. The line's total (with GST when the procedure is
 * taxable) is worked out as it is typed by the same code as the estimate (shared/plans/estimate.ts).
 */
export function PriceDialog({ item, onSave, onClose }: PriceDialogProps) {
  const t = useT()
  return (
    <ModalDialog
      isOpen={item !== null}
      title={item ? t('plans.priceHeading', { item: `${item.code} ${item.name}` }) : ''}
      onClose={onClose}
    >
      {item && <PriceForm key={item.id} item={item} onSave={onSave} onClose={onClose} />}
    </ModalDialog>
  )
}

function PriceForm({ item, onSave, onClose }: { item: PlanItem } & Omit<PriceDialogProps, 'item'>) {
  const t = useT()
  const form = useForm()
  const [price, setPrice] = useState(paiseToRupeesText(item.unitPricePaise))
  const [discount, setDiscount] = useState(paiseToRupeesText(item.discountPaise))
  const unitPricePaise = rupeesToPaise(price)
  const discountPaise = rupeesToPaise(discount === '' ? '0' : discount)
  const gross = unitPricePaise === null ? null : unitPricePaise * item.quantity
  const isValid =
    unitPricePaise !== null && discountPaise !== null && gross !== null && discountPaise <= gross
  const preview = isValid
    ? lineAmounts({
        quantity: item.quantity,
        unitPricePaise,
        discountPaise,
        taxable: item.taxable,
        gstRateBp: item.gstRateBp,
      })
    : null

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (unitPricePaise === null) errors.unitPricePaise = t('plans.rupeesInvalid')
    if (discountPaise === null) errors.discountPaise = t('plans.rupeesInvalid')
    else if (gross !== null && discountPaise > gross)
      errors.discountPaise = t('plans.discountTooBig')
    return errors
  }
  const send = async () => {
    if (unitPricePaise === null || discountPaise === null) return
    await onSave(item, { unitPricePaise, discountPaise })
    onClose()
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('plans.unitPrice')}
        name="unitPricePaise"
        value={price}
        onChange={setPrice}
        prefix="₹"
        hint={t('plans.rupeesHint')}
        error={form.errorFor('unitPricePaise')}
        inputMode="decimal"
        autoComplete="off"
        maxLength={14}
      />
      <TextField
        label={t('plans.discount')}
        name="discountPaise"
        value={discount}
        onChange={setDiscount}
        prefix="₹"
        hint={t('plans.rupeesHint')}
        error={form.errorFor('discountPaise')}
        inputMode="decimal"
        autoComplete="off"
        maxLength={14}
      />
      <output className="plan-price-preview" aria-live="polite">
        {preview
          ? item.taxable
            ? t('plans.linePreviewTaxed', {
                net: formatPaise(preview.netPaise),
                gst: formatPaise(preview.cgstPaise + preview.sgstPaise),
                total: formatPaise(preview.totalPaise),
              })
            : t('plans.linePreview', { total: formatPaise(preview.totalPaise) })
          : ''}
      </output>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('plans.savePrice')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
