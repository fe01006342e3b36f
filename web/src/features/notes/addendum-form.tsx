import { useState } from 'react'
import { type Note, NoteSchema } from '../../../../shared/contracts/notes.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

/**
 * A correction under a signed note: signed by whoever adds it the moment it is added, and never
 * changed afterwards (ADR 0016), so the form says so before it is sent. Opened on demand, to
 * keep a list of signed notes short.
 */
export function AddendumForm({
  patientId,
  noteId,
  onAdded,
}: {
  patientId: string
  noteId: string
  onAdded: (note: Note) => void
}) {
  const t = useT()
  const form = useForm()
  const [isOpen, setOpen] = useState(false)
  const [text, setText] = useState('')
  if (!isOpen) {
    return (
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
          {t('notes.addAddendum')}
        </button>
      </div>
    )
  }
  const send = async () => {
    const note = await api(`/patients/${patientId}/notes/${noteId}/addenda`, {
      schema: NoteSchema,
      method: 'POST',
      body: { text },
    })
    setText('')
    setOpen(false)
    onAdded(note)
  }
  const validate = (): FieldErrors =>
    text.trim() === '' ? { text: t('notes.writeSomething') } : {}
  return (
    <form
      ref={form.ref}
      noValidate
      className="note-addendum-form"
      aria-label={t('notes.addAddendum')}
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextAreaField
        label={t('notes.addendumText')}
        hint={t('notes.addendumHint')}
        name="text"
        value={text}
        onChange={setText}
        error={form.errorFor('text')}
        maxLength={10_000}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('notes.signAddendum')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
