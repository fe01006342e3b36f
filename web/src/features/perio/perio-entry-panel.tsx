import { type KeyboardEvent, type RefObject, useId } from 'react'
import { isMultiRooted } from '../../../../shared/dental/fdi.ts'
import type { PerioToothRecord } from '../../../../shared/dental/perio-summary.ts'
import { useT } from '../../i18n/use-t.ts'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { blankTooth, type PerioDraft } from './perio-draft.ts'
import { currentSite, type EntryCursor, type EntryMode } from './perio-entry.ts'
import { roman } from './perio-layout.ts'
import { siteName, siteValueText } from './perio-words.ts'

export interface PerioEntryPanelProps {
  draft: PerioDraft
  cursor: EntryCursor
  inputRef: RefObject<HTMLInputElement | null>
  onKey: (key: string) => boolean
  onMode: (mode: EntryMode) => void
  onTooth: (tooth: number, patch: Partial<Omit<PerioToothRecord, 'tooth'>>) => void
  /** Said after a refused key ("+9" is more than 15 mm). */
  notice: string | null
}

/**
 * The entry box the keys go to, what it is at, the marks as buttons for a tablet (no keyboard),
 * and the current tooth's own findings: mobility (Miller 0–III), furcation (Glickman I–IV, only
 * on multi-rooted teeth), missing and implant.
 */
export function PerioEntryPanel(props: PerioEntryPanelProps) {
  const { draft, cursor, inputRef, onKey, onMode, onTooth, notice } = props
  const t = useT()
  const helpId = useId()
  const here = currentSite(draft, cursor)
  const tooth = here?.tooth ?? null
  const record = tooth === null ? null : (draft.teeth[tooth] ?? blankTooth(tooth))
  const modeWord = cursor.mode === 'ppd' ? t('perio.mode.ppd') : t('perio.mode.recession')
  const where = here
    ? t('perio.entry.at', { tooth: String(here.tooth), site: siteName(t, here.tooth, here.site) })
    : t('perio.entry.done')

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === 'Tab') return
    if (onKey(event.key)) event.preventDefault()
  }
  const mark = (key: string) => {
    onKey(key)
    inputRef.current?.focus()
  }
  const lastEntered = cursor.lastEntered ? draft.sites[cursor.lastEntered] : undefined

  return (
    <section className="perio-entry" aria-label={t('perio.entry.heading')}>
      <div className="perio-entry-main">
        <label className="perio-entry-label" htmlFor={`${helpId}-input`}>
          {t('perio.entry.label', { mode: modeWord, where })}
        </label>
        <input
          id={`${helpId}-input`}
          ref={inputRef}
          className="perio-entry-input"
          // Keys are read one at a time (onKeyDown); the box itself never holds text.
          value={cursor.prefix ?? ''}
          onChange={() => {}}
          onKeyDown={onKeyDown}
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={`${helpId}-help ${helpId}-last`}
        />
        <p id={`${helpId}-last`} className="muted perio-entry-last" aria-live="polite">
          {lastEntered
            ? t('perio.entry.last', {
                tooth: String(lastEntered.tooth),
                site: siteName(t, lastEntered.tooth, lastEntered.site),
                value: siteValueText(t, lastEntered),
              })
            : ''}
          {notice ? ` ${notice}` : ''}
        </p>
        <RadioGroupField
          legend={t('perio.mode.legend')}
          name="mode"
          value={cursor.mode}
          isInline
          options={[
            { value: 'ppd', label: t('perio.mode.ppd') },
            { value: 'recession', label: t('perio.mode.recession') },
          ]}
          onChange={(value) => onMode(value as EntryMode)}
        />
        <div className="button-row perio-mark-buttons">
          <button type="button" className="button-secondary button-small" onClick={() => mark('b')}>
            {t('perio.markButton.bleeding')}
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => mark('s')}>
            {t('perio.markButton.suppuration')}
          </button>
          <button type="button" className="button-secondary button-small" onClick={() => mark('p')}>
            {t('perio.markButton.plaque')}
          </button>
        </div>
        <p id={`${helpId}-help`} className="muted perio-entry-help">
          {t('perio.entry.help')}
        </p>
      </div>
      {tooth !== null && record && (
        <fieldset className="perio-tooth-panel">
          <legend>{t('perio.toothPanel', { tooth: String(tooth) })}</legend>
          <div className="field">
            <label htmlFor={`${helpId}-mobility`}>{t('perio.mobilityMiller')}</label>
            <select
              id={`${helpId}-mobility`}
              value={record.mobility === null ? '' : String(record.mobility)}
              onChange={(event) =>
                onTooth(tooth, {
                  mobility: event.target.value === '' ? null : Number(event.target.value),
                })
              }
            >
              <option value="">{t('perio.notRecorded')}</option>
              {[0, 1, 2, 3].map((grade) => (
                <option key={grade} value={grade}>
                  {roman(grade)}
                </option>
              ))}
            </select>
          </div>
          {isMultiRooted(tooth) && (
            <div className="field">
              <label htmlFor={`${helpId}-furcation`}>{t('perio.furcationGlickman')}</label>
              <select
                id={`${helpId}-furcation`}
                value={record.furcation === null ? '' : String(record.furcation)}
                onChange={(event) =>
                  onTooth(tooth, {
                    furcation: event.target.value === '' ? null : Number(event.target.value),
                  })
                }
              >
                <option value="">{t('perio.notRecorded')}</option>
                {[1, 2, 3, 4].map((grade) => (
                  <option key={grade} value={grade}>
                    {roman(grade)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => onTooth(tooth, { missing: true })}
            >
              {t('perio.markMissing', { tooth: String(tooth) })}
            </button>
            <label className="choice">
              <input
                type="checkbox"
                checked={record.implant}
                onChange={(event) => onTooth(tooth, { implant: event.target.checked })}
              />
              {t('perio.isImplant')}
            </label>
          </div>
        </fieldset>
      )}
    </section>
  )
}
