import { useState } from 'react'
import {
  CERTIFICATE_KINDS,
  type CertificateKind,
  type NewCertificate,
} from '../../../../shared/contracts/certificates.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

/** The short form of a certificate: kind, language, dates, diagnosis and remarks. Saves a draft to preview. */
export function CertificateForm({
  patientId,
  today,
  onSaved,
}: {
  patientId: string
  today: string
  onSaved: () => Promise<void>
}) {
  const t = useT()
  const form = useForm()
  const [kind, setKind] = useState<CertificateKind>('sick_leave')
  const [language, setLanguage] = useState<'en' | 'hi'>('en')
  const [fromDate, setFromDate] = useState(today)
  const [toDate, setToDate] = useState(today)
  const [diagnosis, setDiagnosis] = useState('')
  const [remarks, setRemarks] = useState('')
  const send = async () => {
    const body: NewCertificate = {
      kind,
      language,
      fromDate,
      ...(kind === 'sick_leave' ? { toDate } : {}),
      ...(diagnosis.trim() ? { diagnosis: diagnosis.trim() } : {}),
      ...(remarks.trim() ? { remarks: remarks.trim() } : {}),
    }
    await api(`/patients/${patientId}/certificates`, { method: 'POST', body })
    setDiagnosis('')
    setRemarks('')
    await onSaved()
  }
  return (
    <section aria-labelledby="certificate-new-heading">
      <h3 id="certificate-new-heading">{t('certificates.newHeading')}</h3>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <SelectField
          label={t('certificates.kind')}
          name="kind"
          value={kind}
          onChange={(value) => setKind(value as CertificateKind)}
          error={form.errorFor('kind')}
        >
          {CERTIFICATE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`certificates.kind.${option}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('certificates.language')}
          name="language"
          value={language}
          onChange={(value) => setLanguage(value as 'en' | 'hi')}
          error={form.errorFor('language')}
        >
          <option value="en">{t('certificates.language.en')}</option>
          <option value="hi">{t('certificates.language.hi')}</option>
        </SelectField>
        <TextField
          type="date"
          label={t(`certificates.fromDate.${kind}`)}
          name="fromDate"
          value={fromDate}
          onChange={setFromDate}
          error={form.errorFor('fromDate')}
        />
        {kind === 'sick_leave' && (
          <TextField
            type="date"
            label={t('certificates.toDate')}
            hint={t('certificates.toDateHint')}
            name="toDate"
            value={toDate}
            onChange={setToDate}
            error={form.errorFor('toDate')}
          />
        )}
        <TextField
          label={t('certificates.diagnosis')}
          name="diagnosis"
          value={diagnosis}
          onChange={setDiagnosis}
          error={form.errorFor('diagnosis')}
          maxLength={500}
          autoComplete="off"
        />
        <TextAreaField
          label={t('certificates.remarks')}
          name="remarks"
          value={remarks}
          onChange={setRemarks}
          error={form.errorFor('remarks')}
          rows={2}
          maxLength={1000}
        />
        <div className="button-row">
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : t('certificates.save')}
          </button>
        </div>
      </form>
    </section>
  )
}
