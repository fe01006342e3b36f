import { useState } from 'react'
import {
  type ConsentForm,
  ConsentFormListSchema,
} from '../../../../shared/contracts/treatment-consent.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { usePlans } from '../plans/plan-api.ts'
import { consentPath, consentsPath, documentsPath } from './consent-api.ts'
import { DoctorSigning } from './doctor-signing.tsx'
import { FillConsent } from './fill-consent.tsx'
import { PatientSigning } from './patient-signing.tsx'
import { planItemChoices } from './plan-item-choices.ts'

type Signing = { form: ConsentForm; who: 'patient' | 'doctor' } | null

/**
 * A patient's treatment consent forms: fill one from a template, hand the tablet to the patient
 * (or guardian) to sign in the form's language, then the doctor signs and the PDF joins the
 * documents.
 */
export function ConsentSection({ patientId, canSign, onStatus }: ClinicalTabProps) {
  const t = useT()
  const me = useMe()
  const path = consentsPath(patientId)
  const read = useApiQuery(path, { schema: ConsentFormListSchema, isAuditedRead: true })
  const cache = useApiCache()
  const [signing, setSigning] = useState<Signing>(null)
  const forms = read.data?.forms ?? null
  // The items a form may be for, and the names of those forms are linked to.
  const plans = usePlans(patientId)
  const planItems = planItemChoices(plans.data?.plans ?? [], t)
  const planItemLabel = (id: string | null) =>
    id === null ? undefined : planItems.find((item) => item.id === id)?.label
  const refresh = async () => {
    await cache.invalidate(path)
    await cache.invalidate(documentsPath(patientId))
  }

  return (
    <section className="card section-gap" aria-labelledby="treatment-consent-heading">
      <h2 id="treatment-consent-heading">{t('treatmentConsent.heading')}</h2>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {forms === null && read.error == null && <p role="status">{t('app.loading')}</p>}
      {forms?.length === 0 && <p className="muted">{t('treatmentConsent.empty')}</p>}
      {forms && forms.length > 0 && (
        <ul className="consent-form-list">
          {forms.map((form) => (
            <li key={form.id} className="consent-form-item">
              <div>
                <strong lang={form.language}>{form.title}</strong>{' '}
                <span className="badge">{t(`treatmentConsent.state.${form.state}`)}</span>
                {form.planItemId !== null && (
                  <p>
                    {t('treatmentConsent.forPlanItem', {
                      item: planItemLabel(form.planItemId) ?? t('treatmentConsent.planItemUnknown'),
                    })}
                  </p>
                )}
                <p className="muted">
                  {t('treatmentConsent.filledOn', {
                    date: formatDate(form.createdAt),
                    doctor: form.doctorName,
                  })}
                </p>
              </div>
              <div className="button-row">
                {form.state === 'awaiting_patient' && canSign && (
                  <>
                    <button type="button" onClick={() => setSigning({ form, who: 'patient' })}>
                      {t('treatmentConsent.handToPatient')}
                    </button>
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={async () => {
                        await api(consentPath(patientId, form.id), { method: 'DELETE' })
                        await refresh()
                      }}
                    >
                      {t('treatmentConsent.delete')}
                    </button>
                  </>
                )}
                {form.state === 'awaiting_doctor' && canSign && form.doctorId === me.user.id && (
                  <button type="button" onClick={() => setSigning({ form, who: 'doctor' })}>
                    {t('treatmentConsent.signAsDoctor')}
                  </button>
                )}
                {form.documentUrl && (
                  <a href={form.documentUrl} target="_blank" rel="noreferrer">
                    {t('treatmentConsent.openPdf')}
                  </a>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canSign && (
        <FillConsent
          patientId={patientId}
          planItems={planItems}
          onFilled={async () => {
            await refresh()
            onStatus(t('treatmentConsent.filled'))
          }}
        />
      )}
      {signing?.who === 'patient' && (
        <PatientSigning
          isOpen
          patientId={patientId}
          form={signing.form}
          onClose={() => setSigning(null)}
          onSigned={async () => {
            setSigning(null)
            await refresh()
            onStatus(t('treatmentConsent.patientSigned'))
          }}
        />
      )}
      {signing?.who === 'doctor' && (
        <DoctorSigning
          isOpen
          heading={t('treatmentConsent.doctorSignHeading', { title: signing.form.title })}
          statement={t('treatmentConsent.doctorStatement')}
          onClose={() => setSigning(null)}
          onSign={async (signaturePng) => {
            await api(`${consentPath(patientId, signing.form.id)}/sign-doctor`, {
              method: 'POST',
              body: { signaturePng },
            })
            setSigning(null)
            await refresh()
            onStatus(t('treatmentConsent.doctorSigned'))
          }}
        />
      )}
    </section>
  )
}
