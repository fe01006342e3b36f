import { useState } from 'react'
import { NoteTemplateListSchema } from '../../../../shared/contracts/note-templates.ts'
import { type Note, NoteListSchema } from '../../../../shared/contracts/notes.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import type { ClinicalTabProps } from '../patients/clinical-tab.ts'
import { NewNoteForm } from './new-note-form.tsx'
import { NoteCard } from './note-card.tsx'
import { type NoteList, withNote } from './note-list.ts'
import './notes.css'

/**
 * The patient's clinical notes (SOAP), newest visit first: each with its state (draft, signed,
 * signed with addenda), author, date and, once signed, its SHA-256 and a Verify action. Starting
 * and editing drafts: anyone who enters clinical data (assistants too); signing and addenda:
 * owners, admins and doctors (ADR 0016).
 */
export function NotesTab({ patientId, canChart, canSign, onStatus }: ClinicalTabProps) {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  const path = `/patients/${patientId}/notes`
  // An audited read: once per opening of the tab; changes are written into what is shown.
  const read = useApiQuery(path, { schema: NoteListSchema, isAuditedRead: true })
  const templates = useApiQuery(canChart ? '/note-templates' : null, {
    schema: NoteTemplateListSchema,
  })
  const cache = useApiCache()
  const [isWriting, setWriting] = useState(false)
  const changed = (noteId: string, note: Note | null, message: string) => {
    cache.set<NoteList>(path, (current) => current && withNote(current, noteId, note))
    // The doctor's own drafts list (/clinical) is out of date after any change to a draft.
    void cache.invalidate('/notes/drafts')
    onStatus(message)
  }

  return (
    <section className="card section-gap notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('notes.heading')}</h2>
      {canChart &&
        (isWriting ? (
          <NewNoteForm
            patientId={patientId}
            templates={templates.data?.templates ?? []}
            onCreated={(note) => {
              setWriting(false)
              changed(note.id, note, t('notes.draftSaved'))
            }}
            onCancel={() => setWriting(false)}
          />
        ) : (
          <div className="button-row">
            <button type="button" onClick={() => setWriting(true)}>
              {t('notes.writeNote')}
            </button>
          </div>
        ))}
      {read.error != null && <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>}
      {read.data === undefined && read.error == null && <p role="status">{t('app.loading')}</p>}
      {read.data?.notes.length === 0 && <p className="muted">{t('notes.empty')}</p>}
      {read.data && read.data.notes.length > 0 && (
        <section aria-labelledby="notes-list-heading">
          <h3 id="notes-list-heading">{t('notes.listHeading')}</h3>
          <ul className="note-list">
            {read.data.notes.map((note) => (
              <li key={note.id}>
                <NoteCard
                  note={note}
                  patientId={patientId}
                  isMine={note.authorId === me.user.id}
                  canChart={canChart}
                  canSign={canSign}
                  zone={zone}
                  onChanged={(updated, message) => changed(note.id, updated, message)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
