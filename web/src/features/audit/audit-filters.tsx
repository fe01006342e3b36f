import { useState } from 'react'
import { z } from 'zod'
import { type StaffMember, StaffMemberSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { ActionOptions } from './action-options.tsx'
import { type AuditFilters, noFilters } from './use-audit-events.ts'

const StaffListSchema = z.array(StaffMemberSchema)

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT()
  const form = useForm()
  const people = useStaffNames()
  const [actorUserId, setActorUserId] = useState('')
  const [patientId, setPatientId] = useState('')
  const [action, setAction] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (patientId.trim() && !uuidPattern.test(patientId.trim())) {
      errors.patientId = t('audit.patientIdInvalid')
    }
    if (from.trim() && !parseIndianDate(from)) errors.from = t('date.invalid')
    if (to.trim() && !parseIndianDate(to)) errors.to = t('date.invalid')
    const fromDate = parseIndianDate(from)
    const toDate = parseIndianDate(to)
    if (fromDate && toDate && fromDate > toDate) errors.to = t('audit.toBeforeFrom')
    return errors
  }

  const apply = async () => {
    onApply({
      actorUserId,
      patientId: patientId.trim().toLowerCase(),
      action,
      from: parseIndianDate(from) ?? '',
      to: parseIndianDate(to) ?? '',
    })
  }

  const clear = () => {
    setActorUserId('')
    setPatientId('')
    setAction('')
    setFrom('')
    setTo('')
    form.showErrors(null)
    onApply(noFilters)
  }

  return (
    <form
      ref={form.ref}
      noValidate
      onSubmit={form.handleSubmit(apply, validate)}
      className="card filters"
      aria-labelledby="filters-heading"
    >
      <h2 id="filters-heading">{t('audit.filters')}</h2>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid field-grid-filters">
        <SelectField
          label={t('audit.person')}
          name="actorUserId"
          value={actorUserId}
          onChange={setActorUserId}
        >
          <option value="">{t('audit.anyone')}</option>
          {people.map((person) => (
            <option key={person.userId} value={person.userId}>
              {person.fullName}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('audit.action')} name="action" value={action} onChange={setAction}>
          <ActionOptions />
        </SelectField>
        <TextField
          label={t('audit.patientId')}
          name="patientId"
          value={patientId}
          onChange={setPatientId}
          autoComplete="off"
          spellCheck={false}
          error={form.errorFor('patientId')}
        />
        <TextField
          label={`${t('audit.from')} (${t('date.placeholder')})`}
          name="from"
          value={from}
          onChange={setFrom}
          inputMode="numeric"
          autoComplete="off"
          error={form.errorFor('from')}
        />
        <TextField
          label={`${t('audit.to')} (${t('date.placeholder')})`}
          name="to"
          value={to}
          onChange={setTo}
          inputMode="numeric"
          autoComplete="off"
          error={form.errorFor('to')}
        />
      </div>
      <div className="button-row">
        <button type="submit">{t('audit.apply')}</button>
        <button type="button" className="button-secondary" onClick={clear}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  )
}

/** Everyone who has worked here, for the person filter; empty if the list cannot be read. */
function useStaffNames(): StaffMember[] {
  return useApiQuery('/staff', { schema: StaffListSchema }).data ?? []
}
