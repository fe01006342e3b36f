import { type KeyboardEvent, type Ref, useId, useState } from 'react'
import {
  type DrugSearchHit,
  DrugSearchSchema,
  type PrescriptionSet,
} from '../../../../shared/contracts/formulary.ts'
import { FORM_WORDS } from '../../../../shared/prescriptions/words.ts'
import { useLanguage } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { useDebouncedValue } from '../../lib/use-debounced-value.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { usePrescriptionSets } from './prescription-api.ts'

type Choice =
  | { kind: 'drug'; hit: DrugSearchHit }
  | { kind: 'set'; set: PrescriptionSet }
  | { kind: 'custom'; name: string }

export interface DrugSearchProps {
  inputRef: Ref<HTMLInputElement>
  onDrug: (hit: DrugSearchHit) => void
  onSet: (set: PrescriptionSet) => void
  onCustom: (name: string) => void
  /**
   * Drugs only, without sets or the "custom" choice: where a line must name a drug of the
   * master or of the clinic (a favourite, a set's line: web/src/features/formulary).
   */
  isDrugsOnly?: boolean
  /** The box's label and hint where they differ from the pad's. */
  label?: string
  hint?: string
}

const SEARCH_LIMIT = 10

/**
 * The pad's type-ahead as an ARIA combobox (focus stays in the box, arrow keys move, Enter adds):
 * the prescriber's favourites first (the server orders them so), then the clinic's sets whose
 * name matches (a set adds all its lines), then the master and clinic items, and last an
 * explicit "custom" choice for a medicine in neither (issue #13: a custom line needs the flag).
 * See: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
export function DrugSearch({
  inputRef,
  onDrug,
  onSet,
  onCustom,
  isDrugsOnly = false,
  label,
  hint,
}: DrugSearchProps) {
  const { t, language } = useLanguage()
  const id = useId()
  const [query, setQuery] = useState('')
  const [isOpen, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(0)
  const typed = query.trim()
  const settled = useDebouncedValue(typed, 150)
  const path = `/formulary/drugs?q=${encodeURIComponent(settled)}&limit=${SEARCH_LIMIT}`
  const search = useApiQuery(isOpen ? path : null, { schema: DrugSearchSchema, keepPrevious: true })
  const sets = usePrescriptionSets().data?.sets ?? []
  const hits = search.data?.hits ?? []
  const lower = typed.toLowerCase()
  const matchingSets =
    typed === '' || isDrugsOnly ? [] : sets.filter((set) => set.name.toLowerCase().includes(lower))
  const favourites = hits.filter((hit) => hit.favourite !== null)
  const others = hits.filter((hit) => hit.favourite === null)
  const choices: Choice[] = [
    ...favourites.map((hit) => ({ kind: 'drug' as const, hit })),
    ...matchingSets.map((set) => ({ kind: 'set' as const, set })),
    ...others.map((hit) => ({ kind: 'drug' as const, hit })),
    ...(typed === '' || isDrugsOnly ? [] : [{ kind: 'custom' as const, name: typed }]),
  ]
  const active = Math.min(activeIndex, choices.length - 1)
  const isExpanded = isOpen && choices.length > 0

  // After a pick the list closes until the next key: a stale answer still on screen must not
  // be picked again by a later Enter (Ctrl+Enter checks the pad; it is not a pick).
  const reset = () => {
    setQuery('')
    setActiveIndex(0)
    setOpen(false)
  }
  const choose = (choice: Choice | undefined) => {
    if (!choice) return
    if (choice.kind === 'drug') onDrug(choice.hit)
    else if (choice.kind === 'set') onSet(choice.set)
    else onCustom(choice.name)
    reset()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The pad's shortcuts (Ctrl+Enter, Alt+M) belong to the pad, not to the list.
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      if (choices.length > 0)
        setActiveIndex((index) => (Math.min(index, choices.length - 1) + 1) % choices.length)
    } else if (event.key === 'ArrowUp' && choices.length > 0) {
      event.preventDefault()
      setActiveIndex((index) =>
        index <= 0 ? choices.length - 1 : Math.min(index, choices.length) - 1,
      )
    } else if (event.key === 'Enter' && isExpanded) {
      event.preventDefault()
      choose(choices[active])
    } else if (event.key === 'Escape') {
      if (isOpen) event.stopPropagation()
      setOpen(false)
    }
  }

  const listId = `${id}-list`
  const optionId = (index: number) => `${id}-option-${index}`
  return (
    <div className="rx-search">
      <label htmlFor={`${id}-input`}>{label ?? t('prescriptions.drugSearch')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint ?? t('prescriptions.drugSearchHint')}
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        role="combobox"
        className="search-input"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={isExpanded}
        aria-activedescendant={isExpanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.target.value)
          setActiveIndex(0)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
      />
      {search.error != null && <ErrorAlert>{apiErrorMessage(search.error, t)}</ErrorAlert>}
      <div
        id={listId}
        role="listbox"
        aria-label={label ?? t('prescriptions.drugSearch')}
        className="search-results rx-search-results"
        hidden={!isExpanded}
      >
        {isExpanded &&
          choices.map((choice, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the search box (arrow keys and Enter), as the ARIA combobox pattern prescribes.
            <div
              key={keyOf(choice)}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="search-result rx-choice"
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => choose(choice)}
            >
              {choiceLabel(choice)}
            </div>
          ))}
      </div>
      {isOpen && typed !== '' && search.data && choices.length === (isDrugsOnly ? 0 : 1) && (
        <p className="muted">{t('prescriptions.noMatch')}</p>
      )}
    </div>
  )

  function choiceLabel(choice: Choice) {
    if (choice.kind === 'custom') return t('prescriptions.customOption', { name: choice.name })
    if (choice.kind === 'set') {
      return (
        <>
          <span className="rx-badge">{t('prescriptions.set')}</span> {choice.set.name}{' '}
          <span className="muted">
            ({t('prescriptions.setLines', { count: String(choice.set.lines.length) })})
          </span>
        </>
      )
    }
    const { drug, favourite } = choice.hit
    return (
      <>
        {favourite && <span className="rx-badge">{t('prescriptions.favourite')}</span>}{' '}
        <span className="result-name">{drug.generic}</span>{' '}
        <span className="muted">
          {favourite
            ? `${favourite.strengthLabel ?? ''} ${favourite.frequency} × ${favourite.durationDays}`
            : drug.presentations
                .map(
                  (p) =>
                    `${FORM_WORDS[language][p.form]} ${p.strengths.map((s) => s.label).join(', ')}`,
                )
                .join('; ')}
        </span>
        {drug.isClinicItem && <span className="rx-badge">{t('prescriptions.clinicItem')}</span>}
      </>
    )
  }
}

function keyOf(choice: Choice): string {
  if (choice.kind === 'custom') return 'custom'
  if (choice.kind === 'set') return `set:${choice.set.id}`
  return `drug:${choice.hit.drug.code}:${choice.hit.favourite?.id ?? ''}`
}
