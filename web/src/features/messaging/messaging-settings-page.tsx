import { Link } from 'react-router'
import { MessagingSettingsSchema } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { DRAFTS_PATH } from './drafts-page.tsx'
import { MessagingSettingsForm, SETTINGS_PATH } from './messaging-settings-form.tsx'
import { ProviderSection } from './provider-section.tsx'
import { TEMPLATES_PATH } from './template-form.tsx'
import './messaging.css'

/**
 * /messaging/settings: how the clinic's patient messages go out (issue #14), for owners and
 * admins (messaging.manage), and who sends them (the clinic's own WhatsApp account or the shared
 * sender). Reached from the WhatsApp inbox (/messaging) and from Settings.
 */
export function MessagingSettingsPage() {
  const t = useT()
  const settings = useApiQuery(SETTINGS_PATH, { schema: MessagingSettingsSchema })
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('messaging.title')} intro={t('messaging.intro')} />
      <ul className="link-list">
        <li>
          <Link to={TEMPLATES_PATH}>{t('templates.link')}</Link>
        </li>
        {settings.data?.mode === 'click_to_chat' && (
          <li>
            <Link to={DRAFTS_PATH}>{t('drafts.link')}</Link>
          </li>
        )}
      </ul>
      {settings.data ? (
        <MessagingSettingsForm settings={settings.data} />
      ) : settings.error ? (
        <ErrorAlert>{errorText(settings.error, t)}</ErrorAlert>
      ) : (
        <p role="status">{t('messaging.loading')}</p>
      )}
      <ProviderSection />
    </section>
  )
}
