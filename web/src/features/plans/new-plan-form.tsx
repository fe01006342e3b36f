import { useState } from 'react'
import { type Plan, PlanSchema } from '../../../../shared/contracts/plans.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { plansPath } from './plan-api.ts'

export interface NewPlanFormProps {
  patientId: string
  /** A proposed plan this one is an alternative to ("implant" beside "bridge"). */
  alternativeTo: Plan | null
  onCreated: (plan: Plan) => Promise<void>
  onCancel: () => void
}

/** Starts a plan (or an alternative to one): a title now, items from the chart next. */
export function NewPlanForm({ patientId, alternativeTo, onCreated, onCancel }: NewPlanFormProps) {
  const t = useT()
  const form = useForm()
  const [title, setTitle] = useState('')
  const send = async () => {
    const plan = await api(plansPath(patientId), {
      method: 'POST',
      schema: PlanSchema,
      body: { title: title.trim(), ...(alternativeTo ? { alternativeTo: alternativeTo.id } : {}) },
    })
    await onCreated(plan)
  }
  const validate = (): Record<string, string> =>
    title.trim() === '' ? { title: t('plans.titleRequired') } : {}
  return (
    <form
      ref={form.ref}
      noValidate
      className="plan-new-form"
      aria-labelledby="plan-new-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h3 id="plan-new-heading">
        {alternativeTo
          ? t('plans.newAlternativeHeading', { title: alternativeTo.title })
          : t('plans.newHeading')}
      </h3>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('plans.title')}
        name="title"
        value={title}
        onChange={setTitle}
        hint={t('plans.titleHint')}
        error={form.errorFor('title')}
        maxLength={120}
        autoComplete="off"
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('plans.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
