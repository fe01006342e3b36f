import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { PatientSummary } from '../../../../shared/contracts/patients.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { ageSexText, phoneText } from './patient-labels.ts'
import { rememberedSearch, rememberSearch } from './remembered-search.ts'
import { SEARCH_LIMIT, usePatientSearch } from './use-patient-search.ts'

/**
 * Type-ahead search as an ARIA combobox: focus stays in the box while the arrow keys move
 * through the matches (aria-activedescendant) and Enter opens the one chosen.
 * See: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
 */
export function PatientSearch({
  emptyHelp,
  noMatchHelp,
  label,
  onChoose,
  excludeId,
}: {
  /** Shown before anything is typed. */
  emptyHelp: ReactNode
  /** Shown when nobody matches. */
  noMatchHelp: ReactNode
  /** Instead of "Find a patient". */
  label?: string
  /**
   * What choosing a match does, instead of opening their page. A search made for this purpose is
   * not remembered for the patient list.
   */
  onChoose?: (patient: PatientSummary) => void
  /** A patient left out of the matches (the one being merged into). */
  excludeId?: string
}) {
  const t = useT()
  const me = useMe()
  const navigate = useNavigate()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const isRemembered = onChoose === undefined
  const [query, setQuery] = useState(() => (isRemembered ? rememberedSearch(me.user.id) : ''))
  const [activeIndex, setActiveIndex] = useState(-1)
  const search = usePatientSearch(query)
  const results: PatientSummary[] = (
    search.kind === 'done' ? search.value : search.kind === 'waiting' ? (search.previous ?? []) : []
  ).filter((patient) => patient.id !== excludeId)
  const isSearching = search.kind === 'waiting'
  const hasQuery = query.trim() !== ''

  useEffect(() => {
    inputRef.current?.focus()
  }, [])
  useEffect(() => {
    if (isRemembered) rememberSearch(me.user.id, query)
  }, [isRemembered, me.user.id, query])

  const changeQuery = (next: string) => {
    setQuery(next)
    // New results, new choice: nothing is highlighted until the person moves to it.
    setActiveIndex(-1)
  }

  const open = (patient: PatientSummary | undefined) => {
    if (!patient) return
    if (onChoose) onChoose(patient)
    else navigate(`/patients/${patient.id}`)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault()
      setActiveIndex((index) => (index + 1) % results.length)
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault()
      setActiveIndex((index) => (index <= 0 ? results.length - 1 : index - 1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      // With a single match there is nothing to choose between.
      open(results[active] ?? (results.length === 1 ? results[0] : undefined))
    } else if (event.key === 'Escape') {
      changeQuery('')
    }
  }

  const listId = `${id}-results`
  const optionId = (index: number) => `${id}-option-${index}`
  const isExpanded = hasQuery && results.length > 0
  const active = activeIndex < results.length ? activeIndex : -1
  return (
    <div className="patient-search">
      <label htmlFor={`${id}-input`} className="search-label">
        {label ?? t('patients.searchLabel')}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t('patients.searchHint')}
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
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(event) => changeQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="search-status">
        {hasQuery && searchStatus()}
      </p>
      {search.kind === 'failed' && <ErrorAlert>{apiErrorMessage(search.error, t)}</ErrorAlert>}
      {isExpanded && (
        <div
          id={listId}
          role="listbox"
          aria-label={t('patients.resultsLabel')}
          aria-busy={isSearching}
          className="search-results"
        >
          {results.map((patient, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the search box (arrow keys and Enter), as the ARIA combobox pattern prescribes.
            <div
              key={patient.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="search-result"
              // Keep the focus in the search box when a result is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => open(patient)}
            >
              <span className="result-name">{patient.fullName}</span>
              <span className="patient-number">{patient.patientNumber}</span>
              <span className="result-age">{ageSexText(patient, t)}</span>
              <span className="result-phone">{phoneText(patient.phone)}</span>
            </div>
          ))}
        </div>
      )}
      {!hasQuery && emptyHelp}
      {hasQuery && search.kind === 'done' && results.length === 0 && noMatchHelp}
    </div>
  )

  function searchStatus(): string {
    if (search.kind === 'failed') return ''
    // While the next answer is on its way the last count stays, so it is not re-announced.
    if (search.kind === 'waiting' && search.previous === undefined) return t('patients.searching')
    if (results.length === 0) {
      return search.kind === 'done' ? t('patients.noMatch', { query: query.trim() }) : ''
    }
    if (results.length === 1) return t('patients.foundOne')
    const found = t('patients.foundMany', { count: String(results.length) })
    const more = t('patients.typeMore', { count: String(SEARCH_LIMIT) })
    return results.length >= SEARCH_LIMIT ? `${found} ${more}` : found
  }
}
