import {
  ALLERGY_CATEGORIES as allergyCategories,
  ALLERGY_SEVERITIES as allergySeverities,
} from '../../../../shared/clinical/history-codes.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import {
  type AllergyDraft,
  type MedicationDraft,
  newAllergy,
  newMedication,
} from './history-draft.ts'
import { RowList } from './row-list.tsx'

interface ListProps<Row> {
  rows: Row[]
  onChange: (rows: Row[]) => void
  errorFor: (field: string) => string | undefined
}

const replaceAt = <Row,>(rows: Row[], index: number, row: Row) =>
  rows.map((current, at) => (at === index ? row : current))

/** Allergies: what, which kind, how bad, and what happened. */
export function AllergyRows({ rows, onChange, errorFor }: ListProps<AllergyDraft>) {
  const t = useT()
  return (
    <RowList
      heading={t('history.allergiesHeading')}
      rows={rows}
      legend={(index) => t('history.allergy', { number: String(index + 1) })}
      addLabel={t('history.addAllergy')}
      removeLabel={(index) => t('history.removeAllergy', { number: String(index + 1) })}
      removeText={t('history.remove')}
      onAdd={() => onChange([...rows, newAllergy()])}
      onRemove={(index) => onChange(rows.filter((_, at) => at !== index))}
      renderRow={(row, index) => {
        const set = (change: Partial<AllergyDraft>) =>
          onChange(replaceAt(rows, index, { ...row, ...change }))
        const name = (field: string) => `allergies.${index}.${field}`
        return (
          <>
            <TextField
              label={t('history.substance')}
              name={name('substance')}
              value={row.substance}
              onChange={(substance) => set({ substance })}
              error={errorFor(name('substance'))}
              maxLength={100}
            />
            <SelectField
              label={t('history.category')}
              name={name('category')}
              value={row.category}
              onChange={(category) => set({ category: category as AllergyDraft['category'] })}
              error={errorFor(name('category'))}
            >
              {allergyCategories.map((category) => (
                <option key={category} value={category}>
                  {t(`history.category.${category}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('history.severity')}
              name={name('severity')}
              value={row.severity}
              onChange={(severity) => set({ severity: severity as AllergyDraft['severity'] })}
              error={errorFor(name('severity'))}
            >
              {allergySeverities.map((severity) => (
                <option key={severity} value={severity}>
                  {t(`history.severity.${severity}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('history.reaction')}
              name={name('reaction')}
              value={row.reaction}
              onChange={(reaction) => set({ reaction })}
              isOptional
              optionalLabel={t('form.optional')}
              error={errorFor(name('reaction'))}
              maxLength={200}
            />
          </>
        )
      }}
    />
  )
}

/** Medicines taken now; blood thinners matter before any extraction or surgery. */
export function MedicationRows({ rows, onChange, errorFor }: ListProps<MedicationDraft>) {
  const t = useT()
  return (
    <RowList
      heading={t('history.medicationsHeading')}
      rows={rows}
      legend={(index) => t('history.medication', { number: String(index + 1) })}
      addLabel={t('history.addMedication')}
      removeLabel={(index) => t('history.removeMedication', { number: String(index + 1) })}
      removeText={t('history.remove')}
      onAdd={() => onChange([...rows, newMedication()])}
      onRemove={(index) => onChange(rows.filter((_, at) => at !== index))}
      renderRow={(row, index) => {
        const set = (change: Partial<MedicationDraft>) =>
          onChange(replaceAt(rows, index, { ...row, ...change }))
        const name = (field: string) => `medications.${index}.${field}`
        const text = (field: 'dose' | 'frequency', label: string) => (
          <TextField
            label={label}
            name={name(field)}
            value={row[field]}
            onChange={(value) => set({ [field]: value })}
            isOptional
            optionalLabel={t('form.optional')}
            error={errorFor(name(field))}
            maxLength={50}
          />
        )
        return (
          <>
            <TextField
              label={t('history.medicineName')}
              name={name('name')}
              value={row.name}
              onChange={(value) => set({ name: value })}
              error={errorFor(name('name'))}
              maxLength={100}
            />
            {text('dose', t('history.dose'))}
            {text('frequency', t('history.frequency'))}
            <CheckboxField
              label={t('history.isBloodThinner')}
              name={name('isBloodThinner')}
              hint={t('history.isBloodThinnerHint')}
              isChecked={row.isBloodThinner}
              onChange={(isBloodThinner) => set({ isBloodThinner })}
            />
          </>
        )
      }}
    />
  )
}
