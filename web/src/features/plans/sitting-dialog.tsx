import { useState } from 'react'
import type { NewSitting, PlanItem } from '../../../../shared/contracts/plans.ts'
import { formatDate, todayInZone } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { siteOf } from './plan-view.ts'

export interface SittingDialogProps {
  item: PlanItem | null
  onSave: (item: PlanItem, body: NewSitting) => Promise<void>
  onClose: () => void
}

/** One sitting of an item: when, what was done, a progress note, and whether it finishes the item. */
export function SittingDialog({ item, onSave, onClose }: SittingDialogProps) {
  const t = useT()
  const number = item ? item.sittings.length + 1 : 0
  return (
    <ModalDialog
      isOpen={item !== null}
      title={
        item
          ? t('plans.sittingHeading', {
              number: String(number),
              planned: String(item.plannedSittings),
              item: [siteOf(item, t), item.name].filter(Boolean).join(' '),
            })
          : ''
      }
      onClose={onClose}
    >
      {item && <SittingForm key={item.id} item={item} onSave={onSave} onClose={onClose} />}
    </ModalDialog>
  )
}

function SittingForm({
  item,
  onSave,
  onClose,
}: { item: PlanItem } & Omit<SittingDialogProps, 'item'>) {
  const t = useT()
  const form = useForm()
  const zone = clinicZoneOf(useMe())
  // Today in the clinic's zone (ADR 0013), shown and typed day first (DD/MM/YYYY).
  const [date, setDate] = useState(() => formatDate(todayInZone(zone)))
  const [workDone, setWorkDone] = useState('')
  const [note, setNote] = useState('')
  // The last planned sitting usually finishes the item.
  const [completes, setCompletes] = useState(item.sittings.length + 1 >= item.plannedSittings)

  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (parseIndianDate(date) === null) errors.performedOn = t('plans.dateInvalid')
    if (workDone.trim() === '') errors.workDone = t('plans.workDoneRequired')
    return errors
  }
  const send = async () => {
    const performedOn = parseIndianDate(date)
    if (performedOn === null) return
    await onSave(item, {
      performedOn,
      workDone: workDone.trim(),
      ...(note.trim() ? { progressNote: note.trim() } : {}),
      completesItem: completes,
    })
    onClose()
  }
  return (
    <form
      ref={form.ref}
      noValidate
      className="sitting-form"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('plans.sittingDate')}
        name="performedOn"
        value={date}
        onChange={setDate}
        hint={t('plans.dateHint')}
        error={form.errorFor('performedOn')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
      />
      <TextField
        label={t('plans.workDone')}
        name="workDone"
        value={workDone}
        onChange={setWorkDone}
        hint={t('plans.workDoneHint')}
        error={form.errorFor('workDone')}
        maxLength={500}
        autoComplete="off"
      />
      <TextAreaField
        label={t('plans.progressNote')}
        name="progressNote"
        value={note}
        onChange={setNote}
        error={form.errorFor('progressNote')}
        maxLength={2000}
      />
      <CheckboxField
        label={t('plans.completesItem')}
        name="completesItem"
        isChecked={completes}
        onChange={setCompletes}
        hint={t('plans.completesItemHint')}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('plans.saveSitting')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
