import type { ReactNode } from 'react'
import type { History } from '../../../../shared/contracts/history.ts'
import { useT } from '../../i18n/use-t.ts'

/** Habits and dental history as a list of terms; what was not asked says so. */
export function HabitsAndDentalView({ history }: { history: History }) {
  const t = useT()
  const { habits, dentalHistory: dental } = history
  const symptoms = [
    dental.bleedingGums && t('history.bleedingGums'),
    dental.sensitivity && t('history.sensitivity'),
    dental.dentalAnxiety && t('history.dentalAnxiety'),
  ].filter(Boolean)
  return (
    <div className="details-grid">
      <div className="detail-group">
        <h3>{t('history.habitsHeading')}</h3>
        <dl className="detail-rows">
          <Term label={t('history.tobacco')}>
            {habits.tobacco && t(`history.tobacco.${habits.tobacco}`)}
          </Term>
          {habits.tobacco !== 'never' && (
            <Term label={t('history.tobaccoForms')}>
              {habits.tobaccoForms?.map((form) => t(`history.tobaccoForm.${form}`)).join(', ')}
            </Term>
          )}
          {habits.cigarettesPerDay !== undefined && (
            <Term label={t('history.cigarettesPerDay')}>{String(habits.cigarettesPerDay)}</Term>
          )}
          <Term label={t('history.alcohol')}>
            {habits.alcohol && t(`history.alcohol.${habits.alcohol}`)}
          </Term>
          <Term label={t('history.habitNotes')}>{habits.notes}</Term>
        </dl>
      </div>
      <div className="detail-group">
        <h3>{t('history.dentalHeading')}</h3>
        <dl className="detail-rows">
          <Term label={t('history.lastDentalVisit')}>{dental.lastDentalVisit}</Term>
          <Term label={t('history.previousTreatments')}>
            {dental.previousTreatments
              ?.map((treatment) => t(`history.treatment.${treatment}`))
              .join(', ')}
          </Term>
          <Term label={t('history.brushing')}>
            {dental.brushing && t(`history.brushing.${dental.brushing}`)}
          </Term>
          <Term label={t('history.symptoms')}>{symptoms.join(', ')}</Term>
          <Term label={t('history.dentalNotes')}>{dental.notes}</Term>
        </dl>
      </div>
    </div>
  )
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  const t = useT()
  const isEmpty = children === undefined || children === '' || children === false
  return (
    <div>
      <dt>{label}</dt>
      <dd>{isEmpty ? <span className="muted">{t('patients.notRecorded')}</span> : children}</dd>
    </div>
  )
}
