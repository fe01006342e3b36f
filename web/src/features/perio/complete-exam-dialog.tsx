import { useEffect, useState } from 'react'
import {
  type CompletePerioExam,
  type PerioExam,
  PerioExamSchema,
} from '../../../../shared/contracts/perio.ts'
import type { StagingSuggestion } from '../../../../shared/dental/perio-staging.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { StageGradeFields } from './stage-grade-fields.tsx'

export interface CompleteExamDialogProps {
  isOpen: boolean
  examPath: string
  suggestion: StagingSuggestion
  /** Confirming a stage and grade needs clinical.sign: an assistant completes without them. */
  canSign: boolean
  onClose: () => void
  onCompleted: (exam: PerioExam) => void
}

/**
 * Completing makes the exam read-only for good (the database refuses later changes). A dentist
 * confirms the suggested stage and grade here, prefilled but changeable, or leaves them blank.
 */
export function CompleteExamDialog(props: CompleteExamDialogProps) {
  const { isOpen, examPath, suggestion, canSign, onClose, onCompleted } = props
  const t = useT()
  const [stage, setStage] = useState('')
  const [grade, setGrade] = useState('')
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    if (!isOpen) return
    setStage(suggestion.stage ?? '')
    setGrade(suggestion.grade ?? '')
    setError(null)
  }, [isOpen, suggestion.stage, suggestion.grade])

  const complete = async () => {
    setSending(true)
    setError(null)
    const body: CompletePerioExam = {}
    if (canSign && stage !== '') body.confirmedStage = stage as CompletePerioExam['confirmedStage']
    if (canSign && grade !== '') body.confirmedGrade = grade as CompletePerioExam['confirmedGrade']
    try {
      const exam = await api(`${examPath}/complete`, {
        method: 'POST',
        body,
        schema: PerioExamSchema,
      })
      onCompleted(exam)
      onClose()
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
  }

  return (
    <ModalDialog isOpen={isOpen} title={t('perio.completeDialog.title')} onClose={onClose}>
      <p>{t('perio.completeDialog.body')}</p>
      {canSign ? (
        <>
          <p className="muted">{t('perio.completeDialog.confirmHint')}</p>
          <StageGradeFields stage={stage} grade={grade} onStage={setStage} onGrade={setGrade} />
        </>
      ) : (
        <p className="muted">{t('perio.completeDialog.dentistConfirms')}</p>
      )}
      <ErrorAlert>{error === null ? null : apiErrorMessage(error, t)}</ErrorAlert>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
        <button type="button" className="button-primary" onClick={complete} disabled={isSending}>
          {t('perio.complete')}
        </button>
      </div>
    </ModalDialog>
  )
}
