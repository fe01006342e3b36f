import { useState } from 'react'
import type { Note } from '../../../../shared/contracts/notes.ts'
import { formatDate, formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { AddendumForm } from './addendum-form.tsx'
import { NoteEditForm } from './note-edit-form.tsx'
import { NoteSections } from './note-sections.tsx'
import { useNoteActions } from './use-note-actions.ts'
import { VerifyButton } from './verify-button.tsx'

export interface NoteCardProps {
  note: Note
  patientId: string
  /** The signed-in person wrote it: only the author deletes a draft (ADR 0016). */
  isMine: boolean
  canChart: boolean
  canSign: boolean
  zone: string
  onChanged: (note: Note | null, message: string) => void
}

/**
 * One note. A draft can be edited, deleted by its author and signed; once signed it is read-only
 * for good (the database refuses any change), shows who signed it, when and its SHA-256, can be
 * verified against what is stored, and takes signed addenda, shown under it.
 */
export function NoteCard({
  note,
  patientId,
  isMine,
  canChart,
  canSign,
  zone,
  onChanged,
}: NoteCardProps) {
  const t = useT()
  const [isEditing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState<'sign' | 'delete' | null>(null)
  const actions = useNoteActions(patientId, note)
  const headingId = `note-${note.id}`
  const isDraft = note.state === 'draft'

  return (
    <article className="note-card" aria-labelledby={headingId}>
      <header className="note-card-header">
        <h4 id={headingId}>
          {t('notes.visitOf', { date: formatDate(note.visitDate) })}{' '}
          <span className={`note-state note-state-${note.state}`}>
            {t(`notes.state.${note.state}`)}
          </span>
        </h4>
        <p className="muted">
          {t('notes.writtenBy', {
            author: note.author ?? t('notes.someone'),
            at: formatDateTime(note.updatedAt, zone),
          })}
          {note.appointmentId && ` · ${t('notes.linkedAppointment')}`}
        </p>
      </header>
      {isEditing ? (
        <NoteEditForm
          patientId={patientId}
          note={note}
          onSaved={(saved) => {
            setEditing(false)
            onChanged(saved, t('notes.saved'))
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <NoteSections note={note} />
      )}
      {isDraft && !isEditing && (canChart || canSign) && (
        <div className="button-row">
          {canChart && (
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              {t('notes.edit')}
            </button>
          )}
          {canSign && (
            <button type="button" onClick={() => setConfirming('sign')}>
              {t('notes.sign')}
            </button>
          )}
          {canChart && isMine && (
            <button
              type="button"
              className="button-danger-quiet"
              onClick={() => setConfirming('delete')}
            >
              {t('notes.delete')}
            </button>
          )}
        </div>
      )}
      {!isDraft && (
        <section className="note-signature" aria-label={t('notes.signatureLabel')}>
          <p>
            {t('notes.signedBy', {
              name: note.signedBy ?? t('notes.someone'),
              at: note.signedAt ? formatDateTime(note.signedAt, zone) : '',
            })}
          </p>
          <p className="note-hash">
            {t('notes.hash')} <code>{note.contentHash}</code>
          </p>
          <VerifyButton patientId={patientId} noteId={note.id} />
        </section>
      )}
      {note.addenda.length > 0 && (
        <section className="note-addenda" aria-label={t('notes.addendaLabel')}>
          <h5>{t('notes.addendaHeading')}</h5>
          <ol>
            {note.addenda.map((addendum) => (
              <li key={addendum.id}>
                <p className="notes-text">{addendum.text}</p>
                <p className="muted">
                  {t('notes.signedBy', {
                    name: addendum.signedBy ?? t('notes.someone'),
                    at: formatDateTime(addendum.signedAt, zone),
                  })}
                </p>
                <p className="note-hash">
                  {t('notes.hash')} <code>{addendum.contentHash}</code>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {!isDraft && canSign && (
        <AddendumForm
          patientId={patientId}
          noteId={note.id}
          onAdded={(updated) => onChanged(updated, t('notes.addendumAdded'))}
        />
      )}
      <ConfirmDialog
        isOpen={confirming === 'sign'}
        title={t('notes.signTitle')}
        body={t('notes.signBody')}
        confirmLabel={t('notes.signConfirm')}
        onConfirm={async () => onChanged(await actions.sign(), t('notes.signedStatus'))}
        onClose={() => setConfirming(null)}
      />
      <ConfirmDialog
        isOpen={confirming === 'delete'}
        title={t('notes.deleteTitle')}
        body={t('notes.deleteBody')}
        confirmLabel={t('notes.delete')}
        onConfirm={async () => {
          await actions.remove()
          onChanged(null, t('notes.deleted'))
        }}
        onClose={() => setConfirming(null)}
      />
    </article>
  )
}
