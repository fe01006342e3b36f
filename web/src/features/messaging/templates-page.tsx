import { Link } from 'react-router'
import { z } from 'zod'
import {
  type MessageTemplate,
  MessageTemplateSchema,
} from '../../../../shared/contracts/messaging.ts'
import { type MessageKind, messageKinds } from '../../../../shared/messaging/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { SETTINGS_PATH } from './messaging-settings-form.tsx'
import { TEMPLATES_PATH, TemplateForm } from './template-form.tsx'
import { sampleValues } from './template-preview.ts'
import './messaging.css'

const TemplateListSchema = z.array(MessageTemplateSchema)

/**
 * /messaging/templates: the clinic's own wording of each message kind in English and Hindi
 * (owners and admins: messaging.manage), reached from the messaging settings.
 */
export function TemplatesPage() {
  const t = useT()
  const me = useMe()
  const templates = useApiQuery(TEMPLATES_PATH, { schema: TemplateListSchema })
  const samples = sampleValues(t, me.clinic.name, clinicZoneOf(me))
  const ofKind = (kind: MessageKind): MessageTemplate[] =>
    (templates.data ?? []).filter((template) => template.kind === kind)

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('templates.title')} intro={t('templates.intro')} />
      <p>
        <Link to={SETTINGS_PATH}>{t('messaging.title')}</Link>
      </p>
      {templates.error != null && <ErrorAlert>{errorText(templates.error, t)}</ErrorAlert>}
      {templates.data === undefined && templates.error == null && (
        <p role="status">{t('templates.loading')}</p>
      )}
      {templates.data &&
        messageKinds
          .filter((kind) => ofKind(kind).length > 0)
          .map((kind) => (
            <section
              key={kind}
              className="card section-gap"
              aria-labelledby={`template-${kind}-heading`}
            >
              <h2 id={`template-${kind}-heading`}>{t(`messages.kind.${kind}`)}</h2>
              <div className="template-pair">
                {ofKind(kind).map((template) => (
                  <TemplateForm key={template.language} template={template} samples={samples} />
                ))}
              </div>
            </section>
          ))}
    </section>
  )
}
