import { useState } from 'react'
import { type Lab, LabListSchema, LabSchema } from '../../../../shared/contracts/lab.ts'
import { formatIndianMobile } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage, type FieldErrors, useForm } from '../../ui/use-form.ts'
import { LABS_PATH } from './lab-api.ts'

const EMPTY = { name: '', contactPerson: '', phone: '', email: '', address: '' }

/**
 * The clinic's labs: add one (a mobile number is stored as +91…), and archive one no longer
 * used. Labs are never deleted, because old cases name them.
 */
export function LabsSection({
  canManage,
  onStatus,
}: {
  canManage: boolean
  onStatus: (message: string | null) => void
}) {
  const t = useT()
  const cache = useApiCache()
  const form = useForm()
  const read = useApiQuery(LABS_PATH, { schema: LabListSchema })
  const [draft, setDraft] = useState(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const change = (patch: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...patch }))

  const add = async () => {
    onStatus(null)
    const body = Object.fromEntries(
      Object.entries(draft).filter(([, value]) => value.trim() !== ''),
    )
    await api(LABS_PATH, { schema: LabSchema, method: 'POST', body })
    setDraft(EMPTY)
    await cache.invalidate(LABS_PATH)
    onStatus(t('lab.labs.added'))
  }
  const archive = async (lab: Lab) => {
    onStatus(null)
    setError(null)
    try {
      await api(`${LABS_PATH}/${lab.id}`, {
        schema: LabSchema,
        method: 'PATCH',
        body: { isArchived: true },
      })
      await cache.invalidate(LABS_PATH)
      onStatus(t('lab.labs.archived'))
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    }
  }

  return (
    <section className="card section-gap" aria-labelledby="labs-heading">
      <h2 id="labs-heading">{t('lab.labs.heading')}</h2>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      <ErrorAlert>{error}</ErrorAlert>
      {read.data?.labs.length === 0 && <p className="muted">{t('lab.labs.empty')}</p>}
      {read.data && read.data.labs.length > 0 && (
        <ul className="lab-list">
          {read.data.labs.map((lab) => (
            <li key={lab.id}>
              <strong>{lab.name}</strong>
              {[lab.contactPerson, lab.phone && formatIndianMobile(lab.phone), lab.email]
                .filter(Boolean)
                .map((part) => (
                  <span key={part} className="muted">
                    {' · '}
                    {part}
                  </span>
                ))}
              {canManage && (
                <button
                  type="button"
                  className="button-secondary button-small-text"
                  onClick={() => void archive(lab)}
                >
                  {t('lab.labs.archive')}
                  <span className="visually-hidden"> {lab.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form
          ref={form.ref}
          noValidate
          aria-label={t('lab.labs.add')}
          onSubmit={form.handleSubmit(
            add,
            (): FieldErrors => (draft.name.trim() === '' ? { name: t('lab.required') } : {}),
          )}
        >
          <ErrorAlert>{form.formError}</ErrorAlert>
          <div className="field-grid">
            <TextField
              label={t('lab.labs.name')}
              name="name"
              value={draft.name}
              onChange={(name) => change({ name })}
              error={form.errorFor('name')}
              maxLength={120}
            />
            <TextField
              label={t('lab.labs.contactPerson')}
              name="contactPerson"
              value={draft.contactPerson}
              onChange={(contactPerson) => change({ contactPerson })}
              error={form.errorFor('contactPerson')}
              isOptional
              optionalLabel={t('lab.optional')}
              maxLength={120}
            />
            <TextField
              label={t('lab.labs.phone')}
              name="phone"
              prefix="+91"
              value={draft.phone}
              onChange={(phone) => change({ phone })}
              hint={t('lab.labs.phoneHint')}
              error={form.errorFor('phone')}
              inputMode="tel"
              autoComplete="off"
              maxLength={20}
              isOptional
              optionalLabel={t('lab.optional')}
            />
            <TextField
              label={t('lab.labs.email')}
              name="email"
              type="email"
              value={draft.email}
              onChange={(email) => change({ email })}
              error={form.errorFor('email')}
              isOptional
              optionalLabel={t('lab.optional')}
              maxLength={254}
            />
            <TextField
              label={t('lab.labs.address')}
              name="address"
              value={draft.address}
              onChange={(address) => change({ address })}
              error={form.errorFor('address')}
              isOptional
              optionalLabel={t('lab.optional')}
              maxLength={500}
            />
          </div>
          <div className="button-row">
            <button type="submit" disabled={form.isSending}>
              {form.isSending ? t('form.sending') : t('lab.labs.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
