import { useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { type Clinic, ClinicSchema, LOGO_MAX_BYTES } from '../../../../shared/contracts/clinic.ts'
import { INDIAN_STATES } from '../../../../shared/india/states.ts'
import { useT } from '../../i18n/use-t.ts'
import { api, readCookie, toApiError } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { checkResponse } from '../../lib/response-check.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { FieldError } from '../../ui/field-messages.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

const FIELDS = [
  'addressLine1',
  'addressLine2',
  'city',
  'stateCode',
  'pinCode',
  'phone',
  'email',
] as const
type Field = (typeof FIELDS)[number]
type Values = Record<Field, string>

const valuesOf = (clinic: Clinic): Values =>
  Object.fromEntries(FIELDS.map((field) => [field, clinic[field] ?? ''])) as Values

/** The letterhead printed on the clinic's documents (server/lib/pdf), and its logo. */
export function LetterheadSection() {
  const t = useT()
  const clinic = useApiQuery('/clinic/settings', { schema: ClinicSchema })
  if (!clinic.data) {
    return (
      <section className="card card-narrow section-gap" aria-labelledby="letterhead-heading">
        <h2 id="letterhead-heading">{t('letterhead.heading')}</h2>
        {clinic.error ? (
          <ErrorAlert>{errorText(clinic.error, t)}</ErrorAlert>
        ) : (
          <p role="status">{t('letterhead.loading')}</p>
        )}
      </section>
    )
  }
  return <LetterheadForms clinic={clinic.data} />
}

function LetterheadForms({ clinic }: { clinic: Clinic }) {
  const t = useT()
  const cache = useApiCache()
  const form = useForm()
  const [values, setValues] = useState(() => valuesOf(clinic))
  const [isSaved, setSaved] = useState(false)
  const set = (field: Field) => (value: string) => setValues((now) => ({ ...now, [field]: value }))

  const send = async () => {
    setSaved(false)
    // A blank field clears it: null, as the API takes it.
    const body = Object.fromEntries(
      FIELDS.map((field) => [field, values[field].trim() === '' ? null : values[field].trim()]),
    )
    const saved = await api('/clinic/settings', { method: 'PATCH', schema: ClinicSchema, body })
    cache.set('/clinic/settings', saved)
    setValues(valuesOf(saved))
    setSaved(true)
  }

  const text = (field: Exclude<Field, 'stateCode'>, extra: Record<string, unknown> = {}) => (
    <TextField
      label={t(`letterhead.${field}`)}
      name={field}
      value={values[field]}
      onChange={set(field)}
      error={form.errorFor(field)}
      isOptional
      optionalLabel={t('form.optional')}
      {...extra}
    />
  )

  return (
    <section className="card card-narrow section-gap" aria-labelledby="letterhead-heading">
      <h2 id="letterhead-heading">{t('letterhead.heading')}</h2>
      <p>{t('letterhead.intro')}</p>
      <StatusMessage>{isSaved ? t('letterhead.saved') : null}</StatusMessage>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        {text('addressLine1', { maxLength: 200, autoComplete: 'address-line1' })}
        {text('addressLine2', { maxLength: 200, autoComplete: 'address-line2' })}
        {text('city', { maxLength: 100, autoComplete: 'address-level2' })}
        <SelectField
          label={t('letterhead.state')}
          name="stateCode"
          value={values.stateCode}
          onChange={set('stateCode')}
          error={form.errorFor('stateCode')}
        >
          <option value="">{t('letterhead.noState')}</option>
          {INDIAN_STATES.map((state) => (
            <option key={state.code} value={state.code}>
              {state.name}
            </option>
          ))}
        </SelectField>
        {text('pinCode', { inputMode: 'numeric', maxLength: 6, autoComplete: 'postal-code' })}
        {text('phone', { type: 'tel', maxLength: 40, hint: t('letterhead.phoneHint') })}
        {text('email', { type: 'email', maxLength: 254 })}
        {/* One place changes the GSTIN and legal name: Tax and numbering, which admins use too. */}
        <p className="field-hint">
          {clinic.gstin
            ? t('letterhead.taxRegistered', { gstin: clinic.gstin })
            : t('letterhead.taxNotRegistered')}{' '}
          <Link to="/tax-settings">{t('letterhead.taxLink')}</Link>
        </p>
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('letterhead.save')}
        </button>
      </form>
      <LogoForm hasLogo={clinic.hasLogo} />
    </section>
  )
}

function LogoForm({ hasLogo }: { hasLogo: boolean }) {
  const t = useT()
  const cache = useApiCache()
  const fileId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [isSending, setSending] = useState(false)
  // A new number after each change, so the <img> asks for the new logo.
  const [version, setVersion] = useState(0)

  const finish = (clinic: Clinic, message: string) => {
    cache.set('/clinic/settings', clinic)
    setVersion((now) => now + 1)
    setStatus(message)
    setFile(null)
    if (fileRef.current) fileRef.current.value = ''
  }

  const upload = async () => {
    setStatus(null)
    if (!file) return setFileError(t('letterhead.chooseFile'))
    if (file.size > LOGO_MAX_BYTES) {
      return setFileError(t('reason.clinic.logo_too_large', { maximum: '512 KB' }))
    }
    setFileError(null)
    setSending(true)
    try {
      finish(await sendLogo(file), t('letterhead.logoSaved'))
    } catch (error) {
      setFileError(errorText(error, t))
    } finally {
      setSending(false)
    }
  }

  const remove = async () => {
    setStatus(null)
    setSending(true)
    try {
      const clinic = await api('/clinic/logo', { method: 'DELETE', schema: ClinicSchema })
      finish(clinic, t('letterhead.logoRemoved'))
    } catch (error) {
      setFileError(errorText(error, t))
    } finally {
      setSending(false)
    }
  }

  return (
    <div className="section-gap">
      <h3 className="settings-subheading">{t('letterhead.logoHeading')}</h3>
      <StatusMessage>{status}</StatusMessage>
      {hasLogo ? (
        <img
          className="letterhead-logo"
          src={`/api/v1/clinic/logo?v=${version}`}
          alt={t('letterhead.logoAlt')}
          style={{ maxWidth: 160, maxHeight: 80 }}
        />
      ) : (
        <p className="muted">{t('letterhead.noLogo')}</p>
      )}
      <div className="field">
        <label htmlFor={fileId}>{t('letterhead.logoFile')}</label>
        <p id={`${fileId}-hint`} className="field-hint">
          {t('letterhead.logoHint')}
        </p>
        <input
          ref={fileRef}
          id={fileId}
          type="file"
          name="file"
          accept="image/png,image/jpeg"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setFileError(null)
          }}
        />
        <FieldError id={fileId} error={fileError ?? undefined} />
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void upload()} disabled={isSending}>
          {t('letterhead.uploadLogo')}
        </button>
        {hasLogo && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => void remove()}
            disabled={isSending}
          >
            {t('letterhead.removeLogo')}
          </button>
        )}
      </div>
    </div>
  )
}

/** Sends the logo as multipart/form-data with the CSRF token, checking the answer as api() does. */
async function sendLogo(file: File): Promise<Clinic> {
  const body = new FormData()
  body.append('file', file)
  const response = await fetch('/api/v1/clinic/logo', {
    method: 'POST',
    headers: { accept: 'application/json', 'x-csrf-token': readCookie('csrf_token') ?? '' },
    credentials: 'same-origin',
    body,
  })
  const answer: unknown = await response.json().catch(() => undefined)
  if (!response.ok) throw toApiError(response.status, answer)
  checkResponse('POST', '/clinic/logo', ClinicSchema, answer)
  return answer as Clinic
}
