import { useMemo, useState } from 'react'
import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'

export interface ProcedurePickerProps {
  procedures: readonly Procedure[]
  value: string
  onChange: (procedureId: string) => void
  error?: string | undefined
}

/**
 * The catalogue as a searchable list: typing part of a code or name ("rct", "crown") narrows the
 * list beneath, which stays a native select so keyboard and screen reader users get the control
 * they know. The chosen procedure stays listed even when the search no longer matches it.
 */
export function ProcedurePicker({ procedures, value, onChange, error }: ProcedurePickerProps) {
  const t = useT()
  const [search, setSearch] = useState('')
  const shown = useMemo(() => {
    const wanted = search.trim().toLowerCase()
    return procedures.filter(
      (procedure) =>
        procedure.id === value ||
        wanted === '' ||
        procedure.code.toLowerCase().includes(wanted) ||
        procedure.name.toLowerCase().includes(wanted),
    )
  }, [procedures, search, value])
  return (
    <div className="procedure-picker">
      <TextField
        label={t('plans.searchProcedures')}
        name="procedureSearch"
        type="search"
        value={search}
        onChange={(typed) => {
          setSearch(typed)
          // One match left: choose it, so "crn-zr" then Enter is enough.
          const wanted = typed.trim().toLowerCase()
          const matches = procedures.filter(
            (procedure) =>
              procedure.code.toLowerCase().includes(wanted) ||
              procedure.name.toLowerCase().includes(wanted),
          )
          const exact = procedures.find((procedure) => procedure.code.toLowerCase() === wanted)
          const only = exact ?? (matches.length === 1 ? matches[0] : undefined)
          if (wanted !== '' && only) onChange(only.id)
        }}
        hint={t('plans.searchProceduresHint', { count: String(shown.length) })}
        autoComplete="off"
      />
      <SelectField
        label={t('plans.procedure')}
        name="procedureId"
        value={value}
        onChange={onChange}
        error={error}
      >
        <option value="">{t('form.choose')}</option>
        {shown.map((procedure) => (
          <option key={procedure.id} value={procedure.id} data-code={procedure.code}>
            {t('plans.procedureOption', {
              code: procedure.code,
              name: procedure.name,
              price: formatPaise(procedure.pricePaise),
            })}
          </option>
        ))}
      </SelectField>
    </div>
  )
}
