import { useState } from 'react'
import type { PerioExamListItem } from '../../../../shared/contracts/perio.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'

import { ScrollRegion } from '../../ui/scroll-region.tsx'

export interface ExamListProps {
  exams: readonly PerioExamListItem[]
  shownId: string | null
  onOpen: (id: string) => void
  onCompare: (from: string, to: string) => void
}

/** The patient's exams, newest first, with their main figures; and choosing two to compare. */
export function ExamList({ exams, shownId, onOpen, onCompare }: ExamListProps) {
  const t = useT()
  const percent = (value: number | null) =>
    value === null ? '–' : t('perio.percent', { value: value.toFixed(1) })
  if (exams.length === 0) return <p className="muted">{t('perio.list.empty')}</p>
  return (
    <>
      <ScrollRegion className="perio-table-scroll" label={t('perio.list.caption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('perio.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('perio.list.date')}</th>
              <th scope="col">{t('perio.list.status')}</th>
              <th scope="col">{t('perio.summary.bop')}</th>
              <th scope="col">{t('perio.summary.ppd4')}</th>
              <th scope="col">{t('perio.summary.ppd6')}</th>
              <th scope="col">{t('perio.list.stageGrade')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('perio.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {exams.map((exam) => {
              const date = formatDate(exam.createdAt)
              return (
                <tr key={exam.id}>
                  <th scope="row">{date}</th>
                  <td>
                    {exam.status === 'draft'
                      ? t('perio.status.draft')
                      : t('perio.status.completed')}
                  </td>
                  <td>{percent(exam.summary.bleedingOnProbingPercent)}</td>
                  <td>{exam.summary.sitesPpd4OrMore}</td>
                  <td>{exam.summary.sitesPpd6OrMore}</td>
                  <td>
                    {exam.confirmedStage || exam.confirmedGrade
                      ? `${exam.confirmedStage ?? '–'} / ${exam.confirmedGrade ?? '–'}`
                      : '–'}
                  </td>
                  <td className="cell-actions">
                    {exam.id === shownId ? (
                      <span className="muted">{t('perio.list.shown')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button-secondary button-small"
                        onClick={() => onOpen(exam.id)}
                      >
                        {t('perio.list.open', { date })}
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {exams.length >= 2 && <CompareForm exams={exams} onCompare={onCompare} />}
    </>
  )
}

function CompareForm({
  exams,
  onCompare,
}: {
  exams: readonly PerioExamListItem[]
  onCompare: (from: string, to: string) => void
}) {
  const t = useT()
  // By default the latest exam against the one before it.
  const [from, setFrom] = useState(exams[1]?.id ?? '')
  const [to, setTo] = useState(exams[0]?.id ?? '')
  const label = (exam: PerioExamListItem, index: number) =>
    t('perio.compare.option', {
      date: formatDate(exam.createdAt),
      number: String(exams.length - index),
    })
  return (
    <form
      className="perio-compare-form"
      onSubmit={(event) => {
        event.preventDefault()
        onCompare(from, to)
      }}
    >
      <div className="field">
        <label htmlFor="perio-compare-from">{t('perio.compare.from')}</label>
        <select
          id="perio-compare-from"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        >
          {exams.map((exam, index) => (
            <option key={exam.id} value={exam.id}>
              {label(exam, index)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="perio-compare-to">{t('perio.compare.to')}</label>
        <select id="perio-compare-to" value={to} onChange={(event) => setTo(event.target.value)}>
          {exams.map((exam, index) => (
            <option key={exam.id} value={exam.id}>
              {label(exam, index)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary">
        {t('perio.compare.submit')}
      </button>
    </form>
  )
}
