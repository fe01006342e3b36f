import { useMemo, useState } from 'react'
import {
  type ConfirmPerioStaging,
  type PerioExam,
  PerioExamSchema,
} from '../../../../shared/contracts/perio.ts'
import { suggestStageAndGrade } from '../../../../shared/dental/perio-staging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { DepthChart } from './depth-chart.tsx'
import { draftFromExam, remainingTeeth } from './perio-draft.ts'
import { PerioGrid } from './perio-grid.tsx'
import { PerioSummaryList } from './perio-summary-list.tsx'
import { StageGradeFields } from './stage-grade-fields.tsx'
import { StagingHelper } from './staging-helper.tsx'
import { noAnswers, type StagingFromHistory, stagingInput } from './staging-input.ts'

export interface ExamViewProps {
  exam: PerioExam
  examPath: string
  history: StagingFromHistory | null
  /** A dentist may confirm or change the stage and grade of a completed exam. */
  canSign: boolean
  onChanged: (exam: PerioExam) => void
}

/** A completed exam (or a draft for someone who may only read): nothing here changes it. */
export function ExamView({ exam, examPath, history, canSign, onChanged }: ExamViewProps) {
  const t = useT()
  const draft = useMemo(() => draftFromExam(exam), [exam])
  const suggestion = useMemo(
    () =>
      suggestStageAndGrade(stagingInput(exam.summary, remainingTeeth(draft), history, noAnswers)),
    [exam.summary, draft, history],
  )
  return (
    <div className="perio-view">
      {exam.status === 'completed' && exam.completedAt && (
        <p className="muted">
          {t('perio.completedBy', {
            name: exam.completedBy ?? t('perio.someone'),
            when: formatDateTime(exam.completedAt),
          })}
        </p>
      )}
      <PerioGrid draft={draft} jaw="upper" current={null} />
      <PerioGrid draft={draft} jaw="lower" current={null} />
      <DepthChart draft={draft} />
      <section className="perio-summary-section" aria-labelledby="perio-summary-heading">
        <h3 id="perio-summary-heading">{t('perio.summary.heading')}</h3>
        <PerioSummaryList summary={exam.summary} />
      </section>
      {exam.status === 'completed' && (
        <section aria-labelledby="perio-confirmed-heading">
          <h3 id="perio-confirmed-heading">{t('perio.confirmed.heading')}</h3>
          <p>
            {exam.confirmedStage || exam.confirmedGrade
              ? t('perio.confirmed.value', {
                  stage: exam.confirmedStage ?? '—',
                  grade: exam.confirmedGrade ?? '—',
                  name: exam.confirmedBy ?? t('perio.someone'),
                  when: exam.confirmedAt ? formatDateTime(exam.confirmedAt) : '',
                })
              : t('perio.confirmed.none')}
          </p>
          {canSign && <ConfirmStagingForm exam={exam} examPath={examPath} onChanged={onChanged} />}
        </section>
      )}
      <StagingHelper
        suggestion={suggestion}
        history={history}
        answers={noAnswers}
        onAnswers={() => {}}
        isReadOnly
      />
    </div>
  )
}

/** PUT …/staging: the one change a completed exam accepts (a dentist's confirmation). */
function ConfirmStagingForm({
  exam,
  examPath,
  onChanged,
}: {
  exam: PerioExam
  examPath: string
  onChanged: (exam: PerioExam) => void
}) {
  const t = useT()
  const [stage, setStage] = useState<string>(exam.confirmedStage ?? '')
  const [grade, setGrade] = useState<string>(exam.confirmedGrade ?? '')
  const [error, setError] = useState<unknown>(null)
  const [isSending, setSending] = useState(false)
  const save = async () => {
    setSending(true)
    setError(null)
    const body: ConfirmPerioStaging = {
      confirmedStage: stage === '' ? null : (stage as ConfirmPerioStaging['confirmedStage']),
      confirmedGrade: grade === '' ? null : (grade as ConfirmPerioStaging['confirmedGrade']),
    }
    try {
      onChanged(await api(`${examPath}/staging`, { method: 'PUT', body, schema: PerioExamSchema }))
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }
  return (
    <div className="perio-confirm-form">
      <StageGradeFields stage={stage} grade={grade} onStage={setStage} onGrade={setGrade} />
      <ErrorAlert>{error === null ? null : apiErrorMessage(error, t)}</ErrorAlert>
      <button type="button" className="button-secondary" onClick={save} disabled={isSending}>
        {t('perio.confirmed.save')}
      </button>
    </div>
  )
}
