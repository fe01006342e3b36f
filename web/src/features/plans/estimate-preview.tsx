import { useState } from 'react'
import {
  ESTIMATE_LANGUAGES,
  type EstimateLanguage,
  EstimateSchema,
  type Plan,
} from '../../../../shared/contracts/plans.ts'
import { languageNames } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { EstimateTable } from './estimate-table.tsx'
import { planPath } from './plan-api.ts'
import { SigningScreen } from './signing-screen.tsx'

export interface EstimatePreviewProps {
  patientId: string
  plan: Plan
  canWrite: boolean
  onBack: () => void
  onAccepted: () => Promise<void>
}

/**
 * The estimate as the patient will get it: the lines, subtotal, discount, GST and total, in the
 * patient's language (their preferred one unless another is chosen here), with the PDF to open
 * or print, and the tablet signing screen. Reading it makes the PDF (stored with the patient's
 * documents, once per version and language).
 */
export function EstimatePreview({
  patientId,
  plan,
  canWrite,
  onBack,
  onAccepted,
}: EstimatePreviewProps) {
  const t = useT()
  const [language, setLanguage] = useState<EstimateLanguage | null>(null)
  const [isSigning, setSigning] = useState(false)
  const path = `${planPath(patientId, plan.id)}/estimate${language ? `?language=${language}` : ''}`
  const read = useApiQuery(path, { schema: EstimateSchema, keepPrevious: true })
  const estimate = read.data
  const canSign = canWrite && plan.status === 'proposed' && plan.items.length > 0

  return (
    <section className="estimate-preview" aria-labelledby="estimate-heading">
      <h3 id="estimate-heading">{t('plans.estimateHeading', { title: plan.title })}</h3>
      <RadioGroupField
        legend={t('plans.estimateLanguage')}
        name="language"
        value={estimate?.language ?? language ?? ''}
        isInline
        options={ESTIMATE_LANGUAGES.map((value) => ({ value, label: languageNames[value] }))}
        onChange={(value) => setLanguage(value as EstimateLanguage)}
      />
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {!estimate && read.error == null && <p role="status">{t('app.loading')}</p>}
      {estimate && (
        <>
          <EstimateTable estimate={estimate} />
          <div className="button-row">
            <a
              className="plan-link-button"
              href={estimate.documentUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('plans.openPdf')}
            </a>
            {canSign && (
              <button type="button" onClick={() => setSigning(true)}>
                {t('plans.signOnTablet')}
              </button>
            )}
            <button type="button" className="button-secondary" onClick={onBack}>
              {t('plans.backToPlan')}
            </button>
          </div>
          <SigningScreen
            isOpen={isSigning}
            patientId={patientId}
            plan={plan}
            estimate={estimate}
            onClose={() => setSigning(false)}
            onAccepted={async () => {
              setSigning(false)
              await onAccepted()
            }}
          />
        </>
      )}
    </section>
  )
}
