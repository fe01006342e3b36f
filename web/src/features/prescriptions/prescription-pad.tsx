import { useEffect, useRef, useState } from 'react'
import {
  type DrugSearchHit,
  type FormularyDrug,
  FormularyDrugSchema,
  type PrescriptionSet,
} from '../../../../shared/contracts/formulary.ts'
import {
  PRESCRIPTION_LANGUAGES,
  type Prescription,
  type PrescriptionLanguage,
} from '../../../../shared/contracts/prescriptions.ts'
import { languageNames } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { type ApiError, api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { DrugSearch } from './drug-search.tsx'
import { FrequencyOptions, LineEditor } from './line-editor.tsx'
import { customLine, lineForDrug, type PadLine } from './pad-line.ts'
import { PadShortcuts } from './pad-shortcuts.tsx'
import { prescriptionPdfUrl } from './prescription-api.ts'
import { usePad } from './use-pad.ts'

export interface PrescriptionPadProps {
  patientId: string
  /** A saved draft to go on with; null for a new prescription. */
  draft: Prescription | null
  patientLanguage: PrescriptionLanguage
  onIssued: (prescription: Prescription) => void
  onClose: () => void
}

/** Field issues of line `index` ('lines.2.doseAmount' → doseAmount), and of the header. */
function issuesOf(error: unknown, prefix: string): Record<string, string> {
  const issues = (error as ApiError | null)?.issues ?? []
  return Object.fromEntries(
    issues
      .filter((issue) => issue.field.startsWith(prefix))
      .map((issue) => [issue.field.slice(prefix.length), issue.message]),
  )
}

/**
 * The prescription pad (issue #13 §7), made for the keyboard: type a medicine, a favourite or a
 * set, Enter adds it with its usual line, Tab walks the fields, Ctrl+Enter saves and checks,
 * Ctrl+Shift+Enter issues. The server's warnings appear on the lines they concern, each with
 * its source and, where issuing needs one, the reason field.
 */
export function PrescriptionPad({
  patientId,
  draft,
  patientLanguage,
  onIssued,
  onClose,
}: PrescriptionPadProps) {
  const t = useT()
  const pad = usePad(patientId, draft, patientLanguage)
  const searchRef = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [isBusy, setBusy] = useState(false)
  const { header, lines, warnings } = pad
  const names = new Map(
    lines.map((line) => [
      line.isCustom ? `custom:${line.genericName}` : (line.drugCode ?? ''),
      line.genericName,
    ]),
  )

  const run = async (work: () => Promise<string | null>) => {
    if (isBusy) return
    setBusy(true)
    setFailure(null)
    try {
      setStatus(await work())
    } catch (error) {
      setStatus(null)
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }
  const saveDraft = () =>
    run(async () => {
      await pad.save()
      return t('prescriptions.saved')
    })
  const check = () =>
    run(async () => {
      const found = await pad.check()
      return found.length === 0
        ? t('prescriptions.checkedClean')
        : t('prescriptions.checked', { count: String(found.length) })
    })
  const issue = () =>
    run(async () => {
      const issued = await pad.issue()
      if (!issued) return t('prescriptions.issueRefused')
      onIssued(issued)
      return null
    })
  const preview = () =>
    run(async () => {
      const saved = await pad.save()
      window.open(prescriptionPdfUrl(saved.id), '_blank', 'noopener')
      return t('prescriptions.saved')
    })

  // The shortcuts work anywhere on the pad (they are shown on screen, PadShortcuts).
  const keys = useRef({ check, issue })
  keys.current = { check, issue }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault()
        if (event.shiftKey) void keys.current.issue()
        else void keys.current.check()
      } else if (event.altKey && event.key.toLowerCase() === 'm') {
        event.preventDefault()
        searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => {
    searchRef.current?.focus()
  }, [])

  const add = (added: PadLine[]) => pad.setLines((current) => [...current, ...added], true)
  const addDrug = (hit: DrugSearchHit) =>
    add([lineForDrug(hit.drug, hit.favourite, header.language)])
  // A set's lines carry codes; each drug is read for its forms and strengths (cached), so the
  // line gets the right form and the strength list, with the set's dose, frequency and days.
  const addSet = (set: PrescriptionSet) =>
    run(async () => {
      const drugs = await Promise.all(
        set.lines.map((line) =>
          api(`/formulary/drugs/${encodeURIComponent(line.drugCode)}`, {
            schema: FormularyDrugSchema,
          }),
        ),
      )
      add(
        set.lines.map((line, index) =>
          lineForDrug(drugs[index] as FormularyDrug, line, header.language),
        ),
      )
      return null
    })
  const headerErrors = issuesOf(failure, '')

  return (
    <section className="rx-pad" aria-labelledby="rx-pad-heading">
      <h3 id="rx-pad-heading">{t('prescriptions.padHeading')}</h3>
      <PadShortcuts />
      <RadioGroupField
        legend={t('prescriptions.language')}
        name="language"
        value={header.language}
        isInline
        options={PRESCRIPTION_LANGUAGES.map((value) => ({ value, label: languageNames[value] }))}
        onChange={(value) => pad.setHeader({ ...header, language: value as PrescriptionLanguage })}
      />
      <p className="muted">
        {t('prescriptions.languageNow', { language: languageNames[header.language] })}
      </p>
      <TextField
        label={t('prescriptions.diagnosis')}
        name="diagnosis"
        value={header.diagnosis}
        maxLength={500}
        isOptional
        error={headerErrors.diagnosis}
        onChange={(diagnosis) => pad.setHeader({ ...header, diagnosis })}
      />
      <FrequencyOptions />
      <section aria-label={t('prescriptions.linesLabel')} className="rx-lines">
        {lines.length === 0 && <p className="muted">{t('prescriptions.noLines')}</p>}
        {lines.map((line, index) => (
          <LineEditor
            key={line.key}
            line={line}
            index={index}
            language={header.language}
            warnings={warnings.filter((warning) => warning.lines.includes(index))}
            names={names}
            reasons={pad.reasons}
            onReason={pad.setReason}
            errors={issuesOf(failure, `lines.${index}.`)}
            onChange={(changed) =>
              pad.setLines(
                (current) => current.map((item) => (item.key === line.key ? changed : item)),
                false,
              )
            }
            onRemove={() => {
              pad.setLines((current) => current.filter((item) => item.key !== line.key), true)
              searchRef.current?.focus()
            }}
          />
        ))}
      </section>
      <DrugSearch
        inputRef={searchRef}
        onDrug={addDrug}
        onSet={addSet}
        onCustom={(name) => add([customLine(name)])}
      />
      <TextField
        label={t('prescriptions.advice')}
        name="advice"
        value={header.advice}
        maxLength={2000}
        isOptional
        lang={header.language}
        error={headerErrors.advice}
        onChange={(advice) => pad.setHeader({ ...header, advice })}
      />
      <TextField
        label={t('prescriptions.followUp')}
        name="followUpDate"
        type="date"
        isOptional
        value={header.followUpDate}
        error={headerErrors.followUpDate}
        onChange={(followUpDate) => pad.setHeader({ ...header, followUpDate })}
      />
      <StatusMessage>{status}</StatusMessage>
      {failure != null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
      <div className="button-row">
        <button type="button" onClick={check} disabled={isBusy || lines.length === 0}>
          {t('prescriptions.check')}
        </button>
        <button type="button" onClick={issue} disabled={isBusy || lines.length === 0}>
          {t('prescriptions.issue')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={saveDraft}
          disabled={isBusy || lines.length === 0}
        >
          {t('prescriptions.save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={preview}
          disabled={isBusy || lines.length === 0}
        >
          {t('prescriptions.preview')}
        </button>
        {pad.id() !== null && (
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              run(async () => {
                await pad.discard()
                onClose()
                return null
              })
            }
          >
            {t('prescriptions.discard')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('prescriptions.close')}
        </button>
      </div>
    </section>
  )
}
