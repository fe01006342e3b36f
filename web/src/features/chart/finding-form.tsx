import type { Ref } from 'react'
import { FINDING_KINDS, type FindingKind, MATERIALS } from '../../../../shared/contracts/chart.ts'
import { type Surface, surfaceLabel, surfacesOf } from '../../../../shared/dental/fdi.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { FieldError } from '../../ui/field-messages.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import type { FormController } from '../../ui/use-form.ts'
import { KIND_KEYS } from './chart-keys.ts'
import { MILLER } from './chart-marks.ts'
import {
  chooseKind,
  type DraftStatus,
  type FindingDraft,
  takesMaterial,
  takesSurfaces,
  toggleSurface,
} from './finding-draft.ts'

export interface FindingFormProps {
  draft: FindingDraft
  onChange: (draft: FindingDraft) => void
  form: FormController
  onSave: () => Promise<void>
  /** Checks the draft by the shared contract before sending: messages by field. */
  onValidate: () => Record<string, string>
  onClear: () => void
  isCorrection: boolean
  heading: string
  formRef: Ref<HTMLFormElement>
}

/** The common findings as one-tap buttons, in the order of their shortcut letters. */
const COMMON_KINDS = Object.entries(KIND_KEYS).map(([key, kind]) => ({ key, kind }))
const STATUSES: readonly DraftStatus[] = ['existing', 'planned', 'completed']

/**
 * Charting one finding on the selected tooth: its surfaces (only those the tooth has: I on
 * anteriors, O on posteriors), the finding, the details it takes and its status. Each field
 * carries the request body's name, so the API's refusals are shown next to it (ui/use-form.ts).
 */
export function FindingForm(props: FindingFormProps) {
  const t = useT()
  const { draft, onChange, form } = props
  const tooth = draft.tooth
  if (tooth === null) return null
  const kindLabel = (kind: FindingKind) => t(`chart.kind.${kind}` as MessageKey)
  const surfaceName = (surface: Surface) =>
    t(`chart.surface.${surfaceLabel(tooth, surface)}` as MessageKey)
  const surfaceError = form.errorFor('surfaces')

  return (
    <form
      ref={props.formRef}
      className="finding-form"
      aria-labelledby="finding-form-heading"
      noValidate
      onSubmit={form.handleSubmit(props.onSave, props.onValidate)}
    >
      <h4 id="finding-form-heading">{props.heading}</h4>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {takesSurfaces(draft.kind) ? (
        <fieldset
          className="field choice-list choice-list-inline surface-choices"
          aria-describedby={`surfaces-hint${surfaceError ? ' surfaces-error' : ''}`}
        >
          <legend>{t('chart.surfaces')}</legend>
          <p id="surfaces-hint" className="field-hint">
            {t('chart.surfacesHint')}
          </p>
          <div className="choices">
            {surfacesOf(tooth).map((surface, index) => (
              <label key={surface} className="choice surface-choice">
                <input
                  type="checkbox"
                  name="surfaces"
                  value={surface}
                  checked={draft.surfaces.includes(surface)}
                  onChange={() => onChange(toggleSurface(draft, surface))}
                  aria-invalid={surfaceError && index === 0 ? true : undefined}
                />
                <span aria-hidden="true" className="surface-letter">
                  {surfaceLabel(tooth, surface)}
                </span>
                <span>{surfaceName(surface)}</span>
              </label>
            ))}
          </div>
          <FieldError id="surfaces" error={surfaceError} />
        </fieldset>
      ) : (
        <p className="muted">{t('chart.noSurfaces')}</p>
      )}

      <fieldset className="field kind-choices">
        <legend>{t('chart.commonFindings')}</legend>
        <div className="kind-buttons">
          {COMMON_KINDS.map(({ key, kind }) => (
            <button
              key={kind}
              type="button"
              className="button-secondary button-small"
              aria-pressed={draft.kind === kind}
              aria-keyshortcuts={key}
              onClick={() => onChange(chooseKind(draft, kind))}
            >
              {kindLabel(kind)} <kbd>{key}</kbd>
            </button>
          ))}
        </div>
      </fieldset>
      <SelectField
        label={t('chart.allFindings')}
        name="kind"
        value={draft.kind ?? ''}
        onChange={(value) => onChange(chooseKind(draft, value as FindingKind))}
        error={form.errorFor('kind')}
      >
        <option value="">{t('form.choose')}</option>
        {FINDING_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </SelectField>

      {takesMaterial(draft.kind) && (
        <SelectField
          label={t('chart.material')}
          name="material"
          value={draft.material}
          onChange={(material) => onChange({ ...draft, material })}
          error={form.errorFor('material')}
        >
          <option value="">{t('chart.materialNone')}</option>
          {MATERIALS.map((material) => (
            <option key={material} value={material}>
              {t(`chart.material.${material}` as MessageKey)}
            </option>
          ))}
        </SelectField>
      )}
      {draft.kind === 'mobility' && (
        <RadioGroupField
          legend={t('chart.mobilityGrade')}
          name="mobilityGrade"
          value={draft.mobilityGrade}
          isInline
          options={MILLER.map((grade, index) => ({ value: String(index), label: grade }))}
          onChange={(mobilityGrade) => onChange({ ...draft, mobilityGrade })}
          error={form.errorFor('mobilityGrade')}
        />
      )}
      {draft.kind === 'recession' && (
        <TextField
          label={t('chart.recession')}
          name="recessionMm"
          inputMode="numeric"
          value={draft.recessionMm}
          onChange={(recessionMm) => onChange({ ...draft, recessionMm })}
          error={form.errorFor('recessionMm')}
          className="field-short"
        />
      )}
      <RadioGroupField
        legend={t('chart.status')}
        name="status"
        value={draft.status}
        isInline
        options={STATUSES.map((status) => ({
          value: status,
          label: t(`chart.statusLabel.${status}` as MessageKey),
        }))}
        onChange={(status) => onChange({ ...draft, status: status as DraftStatus })}
        error={form.errorFor('status')}
      />
      <TextField
        label={t('chart.note')}
        name="note"
        value={draft.note}
        maxLength={1000}
        isOptional
        optionalLabel={t('form.optional')}
        onChange={(note) => onChange({ ...draft, note })}
        error={form.errorFor('note')}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending} aria-keyshortcuts="Enter">
          {props.isCorrection ? t('chart.saveCorrection') : t('chart.save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={props.onClear}
          aria-keyshortcuts="Escape"
        >
          {t('chart.clear')}
        </button>
      </div>
    </form>
  )
}
