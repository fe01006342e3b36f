import './perio.css'
import { useState } from 'react'
import {
  type PerioExam,
  type PerioExamList,
  PerioExamListSchema,
  PerioExamSchema,
  PerioStagingInputsSchema,
} from '../../../../shared/contracts/perio.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { ExamCompare } from './exam-compare.tsx'
import { ExamEditor } from './exam-editor.tsx'
import { ExamList } from './exam-list.tsx'
import { ExamView } from './exam-view.tsx'
import { NewExamForm } from './new-exam-form.tsx'

/**
 * The periodontal chart tab: the patient's exams, starting one (blank or a copy of the last
 * completed one), charting a draft, reading a completed one, and comparing any two.
 * Charting is clinical.chart_entry (owners, admins, the patient's doctors and assistants: the
 * assistant often records while the dentist probes); confirming a stage and grade is
 * clinical.sign (not assistants), as the API decides (server/modules/perio).
 */
export function PerioTab({ patientId, canChart, canSign, onStatus }: ClinicalTabProps) {
  const t = useT()
  const listPath = `/patients/${patientId}/perio/exams`
  // Audited reads (the list carries each exam's figures): once per opening of the tab.
  const list = useApiQuery(listPath, { schema: PerioExamListSchema, isAuditedRead: true })
  const cache = useApiCache()
  const [openId, setOpenId] = useState<string | null>(null)
  const [comparing, setComparing] = useState<{ from: string; to: string } | null>(null)
  const exams = list.data?.exams ?? null
  // The newest exam opens by itself: usually the one being charted.
  const shownId = openId ?? exams?.[0]?.id ?? null
  // Answers in hand go into the cache: re-reading the list would record another audited read.
  const remember = (exam: PerioExam) => {
    const { teeth: _teeth, sites: _sites, ...item } = exam
    cache.set<PerioExamList>(listPath, (current) => {
      const others = (current?.exams ?? []).filter((other) => other.id !== exam.id)
      const isNew = others.length === (current?.exams.length ?? 0)
      return {
        exams: isNew
          ? [item, ...others]
          : (current?.exams ?? []).map((other) => (other.id === exam.id ? item : other)),
      }
    })
  }

  return (
    <section className="card section-gap perio-tab" aria-labelledby="perio-heading">
      <h2 id="perio-heading">{t('perio.heading')}</h2>
      {list.error !== null && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
      {exams === null && list.error === null && <p role="status">{t('app.loading')}</p>}
      {exams !== null && (
        <>
          <ExamList
            exams={exams}
            shownId={shownId}
            onOpen={(id) => {
              setComparing(null)
              setOpenId(id)
            }}
            onCompare={(from, to) => setComparing({ from, to })}
          />
          {canChart && !exams.some((exam) => exam.status === 'draft') && (
            <NewExamForm
              patientId={patientId}
              hasCompleted={exams.some((exam) => exam.status === 'completed')}
              onCreated={(exam) => {
                remember(exam)
                setComparing(null)
                setOpenId(exam.id)
                onStatus(t('perio.created'))
              }}
            />
          )}
        </>
      )}
      {comparing && <ExamCompare patientId={patientId} from={comparing.from} to={comparing.to} />}
      {!comparing && shownId !== null && (
        <OpenedExam
          key={shownId}
          patientId={patientId}
          examId={shownId}
          canWrite={canChart}
          canSign={canSign}
          onChanged={(exam, message) => {
            remember(exam)
            if (message) onStatus(message)
          }}
        />
      )}
    </section>
  )
}

function OpenedExam({
  patientId,
  examId,
  canWrite,
  canSign,
  onChanged,
}: {
  patientId: string
  examId: string
  canWrite: boolean
  canSign: boolean
  onChanged: (exam: PerioExam, message: string | null) => void
}) {
  const t = useT()
  const examPath = `/patients/${patientId}/perio/exams/${examId}`
  const read = useApiQuery(examPath, { schema: PerioExamSchema, isAuditedRead: true })
  const inputs = useApiQuery(`/patients/${patientId}/perio/staging-inputs`, {
    schema: PerioStagingInputsSchema,
  })
  const cache = useApiCache()
  if (read.error) return <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>
  if (!read.data) return <p role="status">{t('app.loading')}</p>
  const exam = read.data
  const history = inputs.data ?? null
  return (
    <section className="perio-exam" aria-labelledby="perio-exam-heading">
      <h3 id="perio-exam-heading">
        {exam.status === 'draft' ? t('perio.exam.draftHeading') : t('perio.exam.completedHeading')}
      </h3>
      {exam.status === 'draft' && canWrite ? (
        <ExamEditor
          exam={exam}
          examPath={examPath}
          history={history}
          canSign={canSign}
          // The editor keeps what is typed; the list's figures follow each save quietly.
          onSaved={(saved) => onChanged(saved, null)}
          onCompleted={(completed) => {
            cache.set(examPath, completed)
            onChanged(completed, t('perio.completedStatus'))
          }}
        />
      ) : (
        <ExamView
          exam={exam}
          examPath={examPath}
          history={history}
          canSign={canSign}
          onChanged={(changed) => {
            cache.set(examPath, changed)
            onChanged(changed, t('perio.confirmed.saved'))
          }}
        />
      )}
    </section>
  )
}
