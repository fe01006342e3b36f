import { useState } from 'react'
import {
  formatDocumentNumber,
  maxSeriesPrefixLength,
} from '../../../../shared/billing/numbering.ts'
import {
  SERIES_KINDS,
  SERIES_MAX_WIDTH,
  SERIES_MIN_WIDTH,
  type SeriesKind,
  type TaxProfile,
  TaxProfileSchema,
} from '../../../../shared/contracts/tax-profile.ts'
import { findState } from '../../../../shared/india/states.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

const PATH = '/clinic/tax-profile'
const WIDTHS = Array.from(
  { length: SERIES_MAX_WIDTH - SERIES_MIN_WIDTH + 1 },
  (_, index) => SERIES_MIN_WIDTH + index,
)

interface Values {
  legalName: string
  gstin: string
  series: Record<SeriesKind, { prefix: string; width: string }>
}

const valuesOf = (profile: TaxProfile): Values => ({
  legalName: profile.legalName ?? '',
  gstin: profile.gstin ?? '',
  series: Object.fromEntries(
    profile.series.map((series) => [
      series.kind,
      { prefix: series.prefix, width: String(series.width) },
    ]),
  ) as Values['series'],
})

/** The number a series would give next, as the server would format it; null if it cannot. */
function previewNumber(prefix: string, financialYear: string, serial: number, width: number) {
  try {
    return formatDocumentNumber(prefix.trim(), financialYear, serial, width)
  } catch {
    return null
  }
}

/**
 * Tax and numbering (issue #12), for owners and admins (tax.settings): the legal name and GSTIN
 * invoices print as the supplier (CGST Rule 46(a)), and each series' prefix and serial width,
 * with the next number it will give this financial year (Rule 46(b)).
 */
export function TaxSettingsPage() {
  const t = useT()
  const profile = useApiQuery(PATH, { schema: TaxProfileSchema })
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('tax.title')} intro={t('tax.intro')} />
      {profile.data ? (
        <TaxSettingsForm profile={profile.data} />
      ) : profile.error ? (
        <ErrorAlert>{errorText(profile.error, t)}</ErrorAlert>
      ) : (
        <p role="status">{t('tax.loading')}</p>
      )}
    </section>
  )
}

function TaxSettingsForm({ profile }: { profile: TaxProfile }) {
  const t = useT()
  const cache = useApiCache()
  const form = useForm()
  const [saved, setSavedProfile] = useState(profile)
  const [values, setValues] = useState(() => valuesOf(profile))
  const [isSaved, setSaved] = useState(false)
  const state = saved.stateCode ? findState(saved.stateCode) : undefined

  const setSeries = (kind: SeriesKind, part: 'prefix' | 'width') => (value: string) =>
    setValues((now) => ({
      ...now,
      series: { ...now.series, [kind]: { ...now.series[kind], [part]: value } },
    }))

  const send = async () => {
    setSaved(false)
    const blankIsNull = (value: string) => (value.trim() === '' ? null : value.trim())
    const body = {
      legalName: blankIsNull(values.legalName),
      gstin: blankIsNull(values.gstin),
      series: Object.fromEntries(
        SERIES_KINDS.map((kind) => [
          kind,
          { prefix: values.series[kind].prefix.trim(), width: Number(values.series[kind].width) },
        ]),
      ),
    }
    const answer = await api(PATH, { method: 'PATCH', schema: TaxProfileSchema, body })
    cache.set(PATH, answer)
    setSavedProfile(answer)
    setValues(valuesOf(answer))
    setSaved(true)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
      <StatusMessage>{isSaved ? t('tax.saved') : null}</StatusMessage>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <section className="card card-narrow" aria-labelledby="tax-profile-heading">
        <h2 id="tax-profile-heading">{t('tax.profileHeading')}</h2>
        <p>{t('tax.clinicName', { name: saved.clinicName })}</p>
        <p>
          {state ? t('tax.state', { state: `${state.name} (${state.code})` }) : t('tax.noState')}
        </p>
        <TextField
          label={t('tax.legalName')}
          name="legalName"
          value={values.legalName}
          onChange={(legalName) => setValues((now) => ({ ...now, legalName }))}
          error={form.errorFor('legalName')}
          hint={t('tax.legalNameHint')}
          isOptional
          optionalLabel={t('form.optional')}
          maxLength={200}
        />
        <TextField
          label={t('tax.gstin')}
          name="gstin"
          value={values.gstin}
          onChange={(gstin) => setValues((now) => ({ ...now, gstin }))}
          error={form.errorFor('gstin')}
          hint={t('tax.gstinHint')}
          isOptional
          optionalLabel={t('form.optional')}
          maxLength={15}
          spellCheck={false}
          autoCapitalize="characters"
        />
        {saved.gstin === null && <p className="muted">{t('tax.notRegistered')}</p>}
      </section>
      <section className="card card-narrow section-gap" aria-labelledby="tax-series-heading">
        <h2 id="tax-series-heading">{t('tax.seriesHeading')}</h2>
        <p>{t('tax.seriesIntro')}</p>
        <p className="muted">{t('tax.financialYear', { year: saved.financialYear })}</p>
        {saved.series.map((series) => {
          const value = values.series[series.kind]
          const width = Number(value.width)
          const preview = previewNumber(value.prefix, saved.financialYear, series.nextSerial, width)
          return (
            <fieldset key={series.kind} className="history-fieldset">
              <legend>{t(`tax.kind.${series.kind}`)}</legend>
              <TextField
                label={t('tax.prefix')}
                name={`series.${series.kind}.prefix`}
                value={value.prefix}
                onChange={setSeries(series.kind, 'prefix')}
                error={form.errorFor(`series.${series.kind}.prefix`)}
                hint={t('tax.prefixHint', { maximum: String(maxSeriesPrefixLength(width)) })}
                maxLength={16}
                spellCheck={false}
              />
              <SelectField
                label={t('tax.width')}
                name={`series.${series.kind}.width`}
                value={value.width}
                onChange={setSeries(series.kind, 'width')}
                error={form.errorFor(`series.${series.kind}.width`)}
              >
                {WIDTHS.map((digits) => (
                  <option key={digits} value={String(digits)}>
                    {digits}
                  </option>
                ))}
              </SelectField>
              <p data-testid={`next-${series.kind}`} aria-live="polite">
                {preview ? t('tax.nextNumber', { number: preview }) : t('tax.nextNumberInvalid')}
              </p>
            </fieldset>
          )
        })}
      </section>
      <button type="submit" className="section-gap" disabled={form.isSending}>
        {form.isSending ? t('form.sending') : t('tax.save')}
      </button>
    </form>
  )
}
