import { useState } from 'react'
import {
  LAB_MATERIALS,
  LAB_WORK_TYPES,
  type Lab,
  LabCaseSchema,
} from '../../../../shared/contracts/lab.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { materialKey, parseTeeth, patientCasesPath, workTypeKey } from './lab-api.ts'

const EMPTY = {
  labId: '',
  workType: 'crown',
  teeth: '',
  shade: '',
  material: '',
  instructions: '',
  sentOn: '',
  dueOn: '',
}

export interface SendCaseFormProps {
  patientId: string
  labs: Lab[]
  onSending: () => void
  onSent: () => Promise<void>
}

/**
 * A case for the lab: which lab, the work, the teeth (typed as FDI numbers, such as 36), shade,
 * material and the dates. Sent today unless another date is chosen; the server refuses a due
 * date before the sent date and names the field.
 */
export function SendCaseForm({ patientId, labs, onSending, onSent }: SendCaseFormProps) {
  const t = useT()
  const form = useForm()
  const [draft, setDraft] = useState(EMPTY)
  const change = (patch: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...patch }))

  const validate = () => ({
    ...(draft.labId === '' ? { labId: t('lab.required') } : {}),
    ...(parseTeeth(draft.teeth) === null ? { teeth: t('lab.teethInvalid') } : {}),
    ...(draft.dueOn === '' ? { dueOn: t('lab.required') } : {}),
  })
  const send = async () => {
    onSending()
    await api(patientCasesPath(patientId), {
      schema: LabCaseSchema,
      method: 'POST',
      body: {
        labId: draft.labId,
        workType: draft.workType,
        teeth: parseTeeth(draft.teeth) ?? [],
        dueOn: draft.dueOn,
        ...(draft.shade.trim() ? { shade: draft.shade.trim() } : {}),
        ...(draft.material ? { material: draft.material } : {}),
        ...(draft.instructions.trim() ? { instructions: draft.instructions.trim() } : {}),
        ...(draft.sentOn ? { sentOn: draft.sentOn } : {}),
      },
    })
    setDraft(EMPTY)
    await onSent()
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="lab-send-form"
      aria-labelledby="lab-send-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h3 id="lab-send-heading">{t('lab.sendHeading')}</h3>
      <p className="muted">{t('lab.sendIntro')}</p>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <SelectField
          label={t('lab.lab')}
          name="labId"
          value={draft.labId}
          onChange={(labId) => change({ labId })}
          error={form.errorFor('labId')}
          hint={labs.length === 0 ? t('lab.noLabs') : undefined}
        >
          <option value="">{t('form.choose')}</option>
          {labs.map((lab) => (
            <option key={lab.id} value={lab.id}>
              {lab.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('lab.workType')}
          name="workType"
          value={draft.workType}
          onChange={(workType) => change({ workType })}
          error={form.errorFor('workType')}
        >
          {LAB_WORK_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(workTypeKey(type))}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lab.teeth')}
          name="teeth"
          value={draft.teeth}
          onChange={(teeth) => change({ teeth })}
          hint={t('lab.teethHint')}
          error={form.errorFor('teeth') ?? form.errorFor('teeth.0')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={120}
        />
        <TextField
          label={t('lab.shade')}
          name="shade"
          value={draft.shade}
          onChange={(shade) => change({ shade })}
          hint={t('lab.shadeHint')}
          error={form.errorFor('shade')}
          isOptional
          optionalLabel={t('lab.optional')}
          maxLength={40}
        />
        <SelectField
          label={t('lab.material')}
          name="material"
          value={draft.material}
          onChange={(material) => change({ material })}
          error={form.errorFor('material')}
        >
          <option value="">{t('form.choose')}</option>
          {LAB_MATERIALS.map((material) => (
            <option key={material} value={material}>
              {t(materialKey(material))}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('lab.sentOn')}
          name="sentOn"
          type="date"
          value={draft.sentOn}
          onChange={(sentOn) => change({ sentOn })}
          error={form.errorFor('sentOn')}
          isOptional
          optionalLabel={t('lab.optional')}
        />
        <TextField
          label={t('lab.dueOn')}
          name="dueOn"
          type="date"
          value={draft.dueOn}
          onChange={(dueOn) => change({ dueOn })}
          error={form.errorFor('dueOn')}
        />
      </div>
      <TextAreaField
        label={t('lab.instructions')}
        name="instructions"
        value={draft.instructions}
        onChange={(instructions) => change({ instructions })}
        error={form.errorFor('instructions')}
        maxLength={2000}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('lab.send')}
        </button>
      </div>
    </form>
  )
}
