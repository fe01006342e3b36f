import { useState } from 'react'
import {
  type NoteTemplate,
  NoteTemplateListSchema,
} from '../../../../shared/contracts/note-templates.ts'
import { promptsOf } from '../../../../shared/notes/template-prompts.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { SOAP_SECTIONS } from './soap.ts'
import { TemplateForm } from './template-form.tsx'

const PATH = '/note-templates'

/** Owners and admins: the clinic's note templates, added, edited and archived here. */
export function TemplatesSection() {
  const t = useT()
  const read = useApiQuery(PATH, { schema: NoteTemplateListSchema })
  const cache = useApiCache()
  const [editing, setEditing] = useState<NoteTemplate | 'new' | null>(null)
  const [archiving, setArchiving] = useState<NoteTemplate | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const done = async (message: string) => {
    setEditing(null)
    await cache.invalidate(PATH)
    setStatus(message)
  }

  return (
    <section className="card section-gap" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('notes.templatesHeading')}</h2>
      <p className="muted">{t('notes.templatesIntro')}</p>
      <StatusMessage>{status}</StatusMessage>
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {read.data && (
        <ul className="template-list">
          {read.data.templates.map((template) => (
            <li key={template.id}>
              {editing !== 'new' && editing?.id === template.id ? (
                <TemplateForm
                  template={template}
                  onSaved={() => done(t('notes.templateSaved'))}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="template-row">
                  <span>
                    <strong>{template.name}</strong>{' '}
                    <span className="muted">
                      {t('notes.promptCount', {
                        count: String(
                          SOAP_SECTIONS.reduce(
                            (sum, section) => sum + promptsOf(template[section]).length,
                            0,
                          ),
                        ),
                      })}
                    </span>
                  </span>
                  <span className="template-actions">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('notes.editTemplate', { name: template.name })}
                      onClick={() => setEditing(template)}
                    >
                      {t('notes.edit')}
                    </button>
                    <button
                      type="button"
                      className="button-danger-quiet button-small"
                      aria-label={t('notes.archiveTemplate', { name: template.name })}
                      onClick={() => setArchiving(template)}
                    >
                      {t('notes.archive')}
                    </button>
                  </span>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === 'new' ? (
        <TemplateForm
          template={null}
          onSaved={() => done(t('notes.templateAdded'))}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => setEditing('new')}>
            {t('notes.addTemplate')}
          </button>
        </div>
      )}
      <ConfirmDialog
        isOpen={archiving !== null}
        title={t('notes.archiveTitle', { name: archiving?.name ?? '' })}
        body={t('notes.archiveBody')}
        confirmLabel={t('notes.archive')}
        onConfirm={async () => {
          await api<void>(`${PATH}/${archiving?.id}/archive`, { method: 'POST' })
          await done(t('notes.templateArchived'))
        }}
        onClose={() => setArchiving(null)}
      />
    </section>
  )
}
