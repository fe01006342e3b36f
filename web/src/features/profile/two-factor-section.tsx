import { useState } from 'react'
import { type TwoFactorSetup, TwoFactorSetupSchema } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe, useSession } from '../auth/use-session.ts'
import { TwoFactorConfirmForm } from './two-factor-confirm-form.tsx'
import { TwoFactorDisableForm } from './two-factor-disable-form.tsx'

export function TwoFactorSection() {
  const t = useT()
  const me = useMe()
  const { refresh } = useSession()
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null)
  const [isStarting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const isRequired = me.clinic.requireTwoFactor && (me.role === 'owner' || me.role === 'admin')

  const start = async () => {
    setStarting(true)
    setError(null)
    setStatus(null)
    try {
      setSetup(await api('/me/two-factor', { method: 'POST', schema: TwoFactorSetupSchema }))
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    } finally {
      setStarting(false)
    }
  }

  const changed = async (message: string) => {
    setSetup(null)
    setStatus(message)
    await refresh()
  }

  return (
    <section className="card" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('profile.twoFactorHeading')}</h2>
      <p>
        <span className={me.user.twoFactorEnabled ? 'pill pill-good' : 'pill pill-muted'}>
          {me.user.twoFactorEnabled ? t('profile.on') : t('profile.off')}
        </span>{' '}
        {me.user.twoFactorEnabled ? t('profile.twoFactorOnBody') : t('profile.twoFactorOffBody')}
      </p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorAlert>{error}</ErrorAlert>
      {!me.user.twoFactorEnabled && !setup && (
        <button type="button" onClick={start} disabled={isStarting}>
          {isStarting ? t('form.sending') : t('profile.twoFactorStart')}
        </button>
      )}
      {!me.user.twoFactorEnabled && setup && (
        <div className="two-factor-setup">
          <p>{t('profile.twoFactorScan')}</p>
          <img
            className="qr-code"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`}
            alt={t('profile.twoFactorQrAlt')}
            width={184}
            height={184}
          />
          <p className="muted">{t('profile.twoFactorSecret')}</p>
          <p>
            <code className="secret">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </p>
          <TwoFactorConfirmForm onConfirmed={() => changed(t('profile.twoFactorEnabled'))} />
        </div>
      )}
      {me.user.twoFactorEnabled && isRequired && (
        <p className="muted">{t('profile.twoFactorCannotDisable')}</p>
      )}
      {me.user.twoFactorEnabled && !isRequired && (
        <TwoFactorDisableForm onDisabled={() => changed(t('profile.twoFactorDisabled'))} />
      )}
    </section>
  )
}
