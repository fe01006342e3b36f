import { useCallback, useMemo, useRef, useState } from 'react'
import type { PerioExam } from '../../../../shared/contracts/perio.ts'
import { suggestStageAndGrade } from '../../../../shared/dental/perio-staging.ts'
import { type PerioToothRecord, summarisePerio } from '../../../../shared/dental/perio-summary.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { CompleteExamDialog } from './complete-exam-dialog.tsx'
import { DepthChart } from './depth-chart.tsx'
import {
  draftFromExam,
  examDataOf,
  hasChanges,
  noChanges,
  type PendingChanges,
  remainingTeeth,
  type SiteKey,
  siteKey,
  updateTooth,
  withChanged,
} from './perio-draft.ts'
import { applyEntryKey, currentSite, keepOnPath, moveTo, startCursor } from './perio-entry.ts'
import { PerioEntryPanel } from './perio-entry-panel.tsx'
import { PerioGrid } from './perio-grid.tsx'
import { PerioSummaryList } from './perio-summary-list.tsx'
import { StagingHelper } from './staging-helper.tsx'
import {
  noAnswers,
  type StagingAnswers,
  type StagingFromHistory,
  stagingInput,
} from './staging-input.ts'
import { usePerioAutosave } from './use-perio-autosave.ts'

export interface ExamEditorProps {
  exam: PerioExam
  examPath: string
  history: StagingFromHistory | null
  canSign: boolean
  onSaved: (exam: PerioExam) => void
  onCompleted: (exam: PerioExam) => void
}

/** A draft exam: keyboard entry along the probing path, saved as you go, then completed. */
export function ExamEditor({
  exam,
  examPath,
  history,
  canSign,
  onSaved,
  onCompleted,
}: ExamEditorProps) {
  const t = useT()
  const [draft, setDraft] = useState(() => draftFromExam(exam))
  const [pending, setPending] = useState<PendingChanges>(noChanges)
  const [cursor, setCursor] = useState(startCursor)
  const [notice, setNotice] = useState<string | null>(null)
  const [answers, setAnswers] = useState<StagingAnswers>(noAnswers)
  const [isCompleting, setCompleting] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const autosave = usePerioAutosave(`${examPath}/measurements`, draft, pending, setPending, onSaved)

  const summary = useMemo(() => summarisePerio(examDataOf(draft)), [draft])
  const suggestion = useMemo(
    () => suggestStageAndGrade(stagingInput(summary, remainingTeeth(draft), history, answers)),
    [summary, draft, history, answers],
  )

  const onKey = (key: string): boolean => {
    const result = applyEntryKey(draft, cursor, key)
    if (!result.handled) return false
    setDraft(result.draft)
    setCursor(result.cursor)
    if (result.changed.length > 0)
      setPending((current) => withChanged(current, { sites: result.changed }))
    setNotice(
      result.refused === 'out_of_range'
        ? t(cursor.mode === 'ppd' ? 'perio.entry.outOfRangePpd' : 'perio.entry.outOfRangeRecession')
        : result.refused === 'no_site'
          ? t('perio.entry.noSite')
          : null,
    )
    return true
  }
  const onTooth = (tooth: number, patch: Partial<Omit<PerioToothRecord, 'tooth'>>) => {
    const next = updateTooth(draft, tooth, patch)
    setDraft(next)
    setCursor(keepOnPath(next, cursor))
    setPending((current) => withChanged(current, { teeth: [tooth] }))
  }
  const onPick = useCallback(
    (key: SiteKey) => {
      setCursor((current) => moveTo(draft, current, key))
      inputRef.current?.focus()
    },
    [draft],
  )
  const here = currentSite(draft, cursor)
  const missingTeeth = Object.values(draft.teeth)
    .filter((tooth) => tooth.missing)
    .map((tooth) => tooth.tooth)
    .sort((a, b) => a - b)

  const saveText =
    autosave.phase === 'saving'
      ? t('perio.save.saving')
      : autosave.phase === 'failed'
        ? t('perio.save.failed')
        : hasChanges(pending)
          ? t('perio.save.pending')
          : t('perio.save.saved')

  return (
    <div className="perio-editor">
      <div className="perio-save-bar">
        <p role="status" className={`perio-save-state perio-save-${autosave.phase}`}>
          {saveText}
        </p>
        {autosave.phase === 'failed' && (
          <>
            <ErrorAlert>{apiErrorMessage(autosave.error, t)}</ErrorAlert>
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => void autosave.saveNow()}
            >
              {t('perio.save.retry')}
            </button>
          </>
        )}
      </div>
      <PerioEntryPanel
        draft={draft}
        cursor={cursor}
        inputRef={inputRef}
        onKey={onKey}
        onMode={(mode) => {
          setCursor({ ...cursor, mode, prefix: null })
          inputRef.current?.focus()
        }}
        onTooth={onTooth}
        notice={notice}
      />
      {missingTeeth.length > 0 && (
        <MissingTeeth
          teeth={missingTeeth}
          onPresent={(tooth) => onTooth(tooth, { missing: false })}
        />
      )}
      <PerioGrid
        draft={draft}
        jaw="upper"
        current={here ? siteKey(here.tooth, here.site) : null}
        onPick={onPick}
      />
      <PerioGrid
        draft={draft}
        jaw="lower"
        current={here ? siteKey(here.tooth, here.site) : null}
        onPick={onPick}
      />
      <DepthChart draft={draft} />
      <section className="perio-summary-section" aria-labelledby="perio-summary-heading">
        <h3 id="perio-summary-heading">{t('perio.summary.heading')}</h3>
        <PerioSummaryList summary={summary} />
      </section>
      <StagingHelper
        suggestion={suggestion}
        history={history}
        answers={answers}
        onAnswers={setAnswers}
        isReadOnly={false}
      />
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          onClick={async () => {
            if (await autosave.saveNow()) setCompleting(true)
          }}
          disabled={autosave.phase === 'saving'}
        >
          {t('perio.complete')}
        </button>
      </div>
      <CompleteExamDialog
        isOpen={isCompleting}
        examPath={examPath}
        suggestion={suggestion}
        canSign={canSign}
        onClose={() => setCompleting(false)}
        onCompleted={onCompleted}
      />
    </div>
  )
}

/** Teeth marked missing, any of which can be marked present again (a mistaken tap). */
function MissingTeeth({
  teeth,
  onPresent,
}: {
  teeth: number[]
  onPresent: (tooth: number) => void
}) {
  const t = useT()
  const [chosen, setChosen] = useState('')
  const value = teeth.includes(Number(chosen)) ? chosen : String(teeth[0])
  return (
    <div className="perio-missing-teeth">
      <p>{t('perio.missingTeeth', { teeth: teeth.join(', ') })}</p>
      <label htmlFor="perio-missing-select">{t('perio.markPresentLabel')}</label>
      <select
        id="perio-missing-select"
        value={value}
        onChange={(event) => setChosen(event.target.value)}
      >
        {teeth.map((tooth) => (
          <option key={tooth} value={tooth}>
            {tooth}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onPresent(Number(value))}
      >
        {t('perio.markPresent')}
      </button>
    </div>
  )
}
