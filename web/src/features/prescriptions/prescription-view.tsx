import { FORM_WORDS, unitWord } from '../../../../shared/prescriptions/words.ts'
import { useLanguage } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { prescriptionPdfUrl, usePrescription } from './prescription-api.ts'
import { SendPrescriptionButton } from './send-prescription-button.tsx'
import { WarningList } from './warning-list.tsx'

export interface PrescriptionViewProps {
  id: string
  canWrite: boolean
  onCorrect: (id: string) => void
  onClose: () => void
}

/**
 * An issued (or cancelled) prescription as it was issued: read only, with Print, Correct and
 * Send to patient.
 */
export function PrescriptionView({ id, canWrite, onCorrect, onClose }: PrescriptionViewProps) {
  const { t, language: uiLanguage } = useLanguage()
  const read = usePrescription(id)
  const rx = read.data
  if (read.error != null) return <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>
  if (!rx) return <p role="status">{t('app.loading')}</p>
  const names = new Map(
    rx.lines.map((line) => [line.drugCode ?? `custom:${line.genericName}`, line.genericName]),
  )
  return (
    <section className="rx-view" aria-labelledby="rx-view-heading">
      <h3 id="rx-view-heading">
        {t('prescriptions.viewHeading', {
          number: rx.number ?? t(`prescriptions.status.${rx.status}`),
        })}
      </h3>
      <p>
        {t(`prescriptions.status.${rx.status}`)} ·{' '}
        {t('prescriptions.prescriber', { name: rx.prescriber.name })}
      </p>
      {rx.cancelReason && <p>{t('prescriptions.cancelledBecause', { reason: rx.cancelReason })}</p>}
      {rx.diagnosis && (
        <p>
          {t('prescriptions.diagnosis')}: {rx.diagnosis}
        </p>
      )}
      <ol className="rx-view-lines">
        {rx.lines.map((line) => (
          <li key={line.position}>
            <strong>{line.genericName.toUpperCase()}</strong>{' '}
            {t('prescriptions.lineSummary', {
              strength: line.strength?.label ?? '',
              form: FORM_WORDS[uiLanguage][line.form],
              dose: String(line.doseAmount),
              unit: unitWord(uiLanguage, line.doseUnit, line.doseAmount),
              frequency: line.frequency,
              food: t(`prescriptions.food.${line.foodTiming}`),
              days: String(line.durationDays),
              quantity: line.quantity,
            })}
            {line.instructions && <p lang={rx.language}>{line.instructions}</p>}
          </li>
        ))}
      </ol>
      {rx.warnings.length > 0 && (
        <WarningList
          label={t('prescriptions.warningsHeading')}
          warnings={rx.warnings.map((warning) => ({ ...warning, needsOverride: false }))}
          names={names}
          reasons={{}}
          onReason={() => {}}
        />
      )}
      <div className="button-row">
        {rx.status !== 'draft' && (
          <a
            className="plan-link-button"
            href={prescriptionPdfUrl(rx.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('prescriptions.print')}
          </a>
        )}
        {rx.status === 'issued' && canWrite && rx.replacedBy === null && (
          <button type="button" className="button-secondary" onClick={() => onCorrect(rx.id)}>
            {t('prescriptions.correct')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('prescriptions.close')}
        </button>
      </div>
      <SendPrescriptionButton key={rx.id} prescription={rx} />
    </section>
  )
}
