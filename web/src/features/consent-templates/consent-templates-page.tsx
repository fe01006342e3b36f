import { useState } from 'react'
import {
  CONSENT_LANGUAGES,
  type ConsentTemplate,
  ConsentTemplateListSchema,
} from '../../../../shared/contracts/treatment-consent.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { TEMPLATES_PATH } from '../treatment-consent/consent-api.ts'
import { ConsentTemplateForm } from './consent-template-form.tsx'
import './consent-templates.css'

/**
 * /consent-forms, for owners and admins (clinical.templates): the clinic's treatment consent
 * templates by language (the standard ones every clinic starts with, and its own), edited,
 * added and archived here. A form already filled keeps the text it was filled with.
 */
export function ConsentTemplatesPage() {
  const t = useT()
  const read = useApiQuery(TEMPLATES_PATH, { schema: ConsentTemplateListSchema })
  const cache = useApiCache()
  const [editing, setEditing] = useState<ConsentTemplate | 'new' | null>(null)
  const [archiving, setArchiving] = useState<ConsentTemplate | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const done = async (message: string) => {
    setEditing(null)
    await cache.invalidate(TEMPLATES_PATH)
    setStatus(message)
  }
  const templates = read.data?.templates ?? null

  return (
    <section className="page page-wide" aria-labelledby="page-heading">
      <PageHeader title={t('consentTemplates.title')} intro={t('consentTemplates.intro')} />
      <StatusMessage>{status}</StatusMessage>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {templates === null && read.error == null && <p role="status">{t('app.loading')}</p>}
      {templates &&
        CONSENT_LANGUAGES.map((language) => {
          const ofLanguage = templates.filter((template) => template.language === language)
          return (
            <section
              key={language}
              className="card section-gap"
              aria-labelledby={`consent-templates-${language}`}
            >
              <h2 id={`consent-templates-${language}`}>
                {t(`consentTemplates.languageHeading.${language}`)}
              </h2>
              {ofLanguage.length === 0 && <p className="muted">{t('consentTemplates.empty')}</p>}
              <ul className="consent-template-list">
                {ofLanguage.map((template) => (
                  <li key={template.id}>
                    {editing !== 'new' && editing?.id === template.id ? (
                      <ConsentTemplateForm
                        template={template}
                        onSaved={() => done(t('consentTemplates.saved'))}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <TemplateRow
                        template={template}
                        onEdit={() => setEditing(template)}
                        onArchive={() => setArchiving(template)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      <section className="card section-gap" aria-label={t('consentTemplates.add')}>
        {editing === 'new' ? (
          <ConsentTemplateForm
            template={null}
            onSaved={() => done(t('consentTemplates.added'))}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="button-row">
            <button type="button" onClick={() => setEditing('new')}>
              {t('consentTemplates.add')}
            </button>
          </div>
        )}
      </section>
      <ConfirmDialog
        isOpen={archiving !== null}
        title={t('consentTemplates.archiveTitle', { title: archiving?.title ?? '' })}
        body={t('consentTemplates.archiveBody')}
        confirmLabel={t('consentTemplates.archive')}
        onConfirm={async () => {
          await api<void>(`${TEMPLATES_PATH}/${archiving?.id}/archive`, { method: 'POST' })
          await done(t('consentTemplates.archived'))
        }}
        onClose={() => setArchiving(null)}
      />
    </section>
  )
}

function TemplateRow({
  template,
  onEdit,
  onArchive,
}: {
  template: ConsentTemplate
  onEdit: () => void
  onArchive: () => void
}) {
  const t = useT()
  return (
    <div className="consent-template-row">
      <div className="consent-template-summary">
        <strong lang={template.language}>{template.title}</strong>{' '}
        <span className="badge">
          {template.isCustom ? t('consentTemplates.custom') : t('consentTemplates.default')}
        </span>
        <p className="muted">
          {`${t(`consentTemplates.procedureKind.${template.procedureKind}`)} · ${t(
            'consentTemplates.version',
            { version: String(template.version) },
          )} · ${formatDate(template.updatedAt)}`}
        </p>
        <p className="muted">
          {template.placeholders.length > 0
            ? t('consentTemplates.asks', { keys: template.placeholders.join(', ') })
            : t('consentTemplates.asksNothing')}
        </p>
      </div>
      <span className="consent-template-actions">
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('consentTemplates.editTemplate', { title: template.title })}
          onClick={onEdit}
        >
          {t('consentTemplates.edit')}
        </button>
        <button
          type="button"
          className="button-danger-quiet button-small"
          aria-label={t('consentTemplates.archiveTemplate', { title: template.title })}
          onClick={onArchive}
        >
          {t('consentTemplates.archive')}
        </button>
      </span>
    </div>
  )
}
