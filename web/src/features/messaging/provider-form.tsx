import { useState } from 'react'
import {
  type ClinicWhatsAppProvider,
  type ConnectProviderBody,
  type MessagingProvider,
  MessagingProviderSchema,
  WHATSAPP_PROVIDERS,
} from '../../../../shared/contracts/messaging.ts'
import { formatIndianMobile } from '../../../../shared/format/index.ts'
import { normalizeIndianMobile } from '../../../../shared/india/identifiers.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

export const PROVIDER_PATH = '/messaging/provider'

interface Values {
  provider: ClinicWhatsAppProvider
  phoneNumberId: string
  accessToken: string
  appSecret: string
  apiKey: string
  webhookSecret: string
  endpoint: string
  testMobile: string
}
type Field = Exclude<keyof Values, 'provider'>

const EMPTY: Values = {
  provider: 'meta',
  phoneNumberId: '',
  accessToken: '',
  appSecret: '',
  apiKey: '',
  webhookSecret: '',
  endpoint: '',
  testMobile: '',
}

/** Each provider's fields that must be filled (Interakt's webhook secret is optional). */
const REQUIRED: Record<ClinicWhatsAppProvider, readonly Field[]> = {
  meta: ['phoneNumberId', 'accessToken', 'appSecret', 'testMobile'],
  interakt: ['apiKey', 'testMobile'],
  wati: ['endpoint', 'accessToken', 'testMobile'],
}

/** Keys are pasted from dashboards, often with a stray space or Wati's "Bearer " in front. */
const pasted = (value: string) => value.trim().replace(/^Bearer\s+/i, '')

function bodyOf(values: Values): ConnectProviderBody {
  const testMobile = normalizeIndianMobile(values.testMobile) ?? values.testMobile.trim()
  switch (values.provider) {
    case 'meta':
      return {
        provider: 'meta',
        phoneNumberId: values.phoneNumberId.trim(),
        accessToken: pasted(values.accessToken),
        appSecret: pasted(values.appSecret),
        testMobile,
      }
    case 'interakt': {
      const webhookSecret = pasted(values.webhookSecret)
      return {
        provider: 'interakt',
        apiKey: pasted(values.apiKey),
        ...(webhookSecret === '' ? {} : { webhookSecret }),
        testMobile,
      }
    }
    case 'wati':
      return {
        provider: 'wati',
        endpoint: values.endpoint.trim(),
        accessToken: pasted(values.accessToken),
        testMobile,
      }
  }
}

/** An unreachable provider names no field to fix: said once, at the top of the form. */
const isUnreachable = (error: unknown) =>
  error instanceof ApiError &&
  error.reason === 'messaging.provider_unreachable' &&
  error.issues.every((issue) => issue.field === 'provider')

/**
 * Connects the clinic's own WhatsApp account (or replaces it): the server sends a test message
 * through it first, which can take several seconds, and keeps it only if the provider accepts.
 */
export function ProviderForm(props: {
  headingId: string
  onConnected: (saved: MessagingProvider, mobile: string) => void
  /** When replacing an account: the form can be closed again. */
  onCancel?: (() => void) | undefined
}) {
  const t = useT()
  const form = useForm()
  const [values, setValues] = useState(EMPTY)
  const set = (field: Field) => (value: string) => setValues((now) => ({ ...now, [field]: value }))
  // Another provider's keys never carry over: Meta's access token is not Wati's.
  const choose = (provider: string) =>
    setValues((now) => ({
      ...EMPTY,
      provider: provider as ClinicWhatsAppProvider,
      testMobile: now.testMobile,
    }))

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    for (const field of REQUIRED[values.provider]) {
      if (values[field].trim() === '') errors[field] = t('form.required')
    }
    if (!errors.testMobile && !normalizeIndianMobile(values.testMobile)) {
      errors.testMobile = t('reason.patient.mobile')
    }
    return errors
  }

  const send = async () => {
    const body = bodyOf(values)
    try {
      const saved = await api(PROVIDER_PATH, {
        method: 'PUT',
        schema: MessagingProviderSchema,
        body,
      })
      props.onConnected(saved, formatIndianMobile(body.testMobile))
    } catch (error) {
      if (!isUnreachable(error)) throw error
      form.showErrors(errorText(error, t))
    }
  }

  const field = (name: Field, label: string, hint: string, extra: Partial<TextFieldProps> = {}) => (
    <TextField
      label={label}
      hint={hint}
      name={name}
      value={values[name]}
      onChange={set(name)}
      error={form.errorFor(name)}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      {...extra}
    />
  )
  const secret = { type: 'password' } as const

  return (
    <form
      ref={form.ref}
      noValidate
      aria-labelledby={props.headingId}
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <RadioGroupField
        legend={t('sender.provider')}
        name="provider"
        value={values.provider}
        options={WHATSAPP_PROVIDERS.map((value) => ({
          value,
          label: t(`sender.provider.${value}`),
        }))}
        onChange={choose}
        error={form.errorFor('provider')}
        isInline
      />
      {values.provider === 'meta' && (
        <>
          {field('phoneNumberId', t('sender.phoneNumberId'), t('sender.phoneNumberIdHint'), {
            inputMode: 'numeric',
            maxLength: 20,
          })}
          {field(
            'accessToken',
            t('sender.metaAccessToken'),
            t('sender.metaAccessTokenHint'),
            secret,
          )}
          {field('appSecret', t('sender.appSecret'), t('sender.appSecretHint'), secret)}
        </>
      )}
      {values.provider === 'interakt' && (
        <>
          {field('apiKey', t('sender.apiKey'), t('sender.apiKeyHint'), secret)}
          {field('webhookSecret', t('sender.webhookSecret'), t('sender.webhookSecretHint'), {
            ...secret,
            isOptional: true,
            optionalLabel: t('form.optional'),
          })}
        </>
      )}
      {values.provider === 'wati' && (
        <>
          {field('endpoint', t('sender.endpoint'), t('sender.endpointHint'), {
            // Typed as text: the browser's URL check would speak English over the server's reason.
            inputMode: 'url',
            maxLength: 300,
          })}
          {field(
            'accessToken',
            t('sender.watiAccessToken'),
            t('sender.watiAccessTokenHint'),
            secret,
          )}
        </>
      )}
      {field('testMobile', t('sender.testMobile'), t('sender.testMobileHint'), {
        type: 'tel',
        inputMode: 'tel',
        prefix: '+91',
        maxLength: 20,
      })}
      {/* The button says it too; this says it to screen readers, whose focus the button loses. */}
      <div role="status" className="visually-hidden">
        {form.isSending ? t('sender.sending') : null}
      </div>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('sender.sending') : t('sender.connect')}
        </button>
        {props.onCancel && (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
