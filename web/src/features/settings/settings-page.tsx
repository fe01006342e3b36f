import { useState } from 'react'
import { Link } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import { ClinicSchema } from '../../../../shared/contracts/clinic.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { useForm } from '../../ui/use-form.ts'
import { useMe, useSession } from '../auth/use-session.ts'
import { LetterheadSection } from './letterhead-section.tsx'

export function SettingsPage() {
  const t = useT()
  const me = useMe()
  const { refresh } = useSession()
  const form = useForm()
  const [requireTwoFactor, setRequireTwoFactor] = useState(me.clinic.requireTwoFactor)
  const [doctorsSeeAllPatients, setDoctorsSeeAllPatients] = useState(
    me.clinic.doctorsSeeAllPatients,
  )
  const [doctorsSeeAllAppointments, setDoctorsSeeAllAppointments] = useState(
    me.clinic.doctorsSeeAllAppointments,
  )
  const [isSaved, setSaved] = useState(false)

  const send = async () => {
    setSaved(false)
    await api('/clinic/settings', {
      method: 'PATCH',
      schema: ClinicSchema,
      body: { requireTwoFactor, doctorsSeeAllPatients, doctorsSeeAllAppointments },
    })
    setSaved(true)
    // The owner may now have to set up two-factor themselves; /me says so and the shell follows.
    await refresh()
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader
        title={t('settings.title')}
        intro={t('settings.intro', { clinic: me.clinic.name })}
      />
      <section className="card card-narrow" aria-labelledby="security-heading">
        <h2 id="security-heading">{t('settings.securityHeading')}</h2>
        <StatusMessage>{isSaved ? t('settings.saved') : null}</StatusMessage>
        <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
          <ErrorAlert>{form.formError}</ErrorAlert>
          <CheckboxField
            label={t('settings.requireTwoFactor')}
            name="requireTwoFactor"
            hint={t('settings.requireTwoFactorHint')}
            isChecked={requireTwoFactor}
            onChange={setRequireTwoFactor}
            error={form.errorFor('requireTwoFactor')}
          />
          <h3 className="settings-subheading">{t('settings.clinicalHeading')}</h3>
          <CheckboxField
            label={t('settings.doctorsSeeAllPatients')}
            name="doctorsSeeAllPatients"
            hint={t('settings.doctorsSeeAllPatientsHint')}
            isChecked={doctorsSeeAllPatients}
            onChange={setDoctorsSeeAllPatients}
            error={form.errorFor('doctorsSeeAllPatients')}
          />
          <h3 className="settings-subheading">{t('settings.appointmentsHeading')}</h3>
          <CheckboxField
            label={t('settings.doctorsSeeAllAppointments')}
            name="doctorsSeeAllAppointments"
            hint={t('settings.doctorsSeeAllAppointmentsHint')}
            isChecked={doctorsSeeAllAppointments}
            onChange={setDoctorsSeeAllAppointments}
            error={form.errorFor('doctorsSeeAllAppointments')}
          />
          <button type="submit" disabled={form.isSending}>
            {form.isSending ? t('form.sending') : t('settings.save')}
          </button>
        </form>
      </section>
      <LetterheadSection />
      <section className="card card-narrow section-gap" aria-labelledby="scheduling-heading">
        <h2 id="scheduling-heading">{t('settings.scheduleSetupHeading')}</h2>
        <p>
          <Link to="/appointments/setup">{t('scheduleSetup.title')}</Link>
          <span className="muted">: {t('settings.scheduleSetupLink')}</span>
        </p>
      </section>
      {can(me, 'messaging.manage') && (
        <section className="card card-narrow section-gap" aria-labelledby="messaging-heading">
          <h2 id="messaging-heading">{t('nav.messaging')}</h2>
          <p>
            <Link to="/messaging/settings">{t('messaging.title')}</Link>
            <span className="muted">: {t('messaging.settingsLink')}</span>
          </p>
        </section>
      )}
    </section>
  )
}
