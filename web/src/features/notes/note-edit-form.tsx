import { useState } from 'react'
import { type Note, NoteSchema } from '../../../../shared/contracts/notes.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useForm } from '../../ui/use-form.ts'
import { type SoapText, soapOf } from './soap.ts'
import { SoapFields } from './soap-fields.tsx'

/** Edits a draft's four sections, sending the version read (409 if someone saved since). */
export function NoteEditForm({
  patientId,
  note,
  onSaved,
  onCancel,
}: {
  patientId: string
  note: Note
  onSaved: (note: Note) => void
  onCancel: () => void
}) {
  const t = useT()
  const form = useForm()
  const [soap, setSoap] = useState<SoapText>(() => soapOf(note))
  const send = async () => {
    onSaved(
      await api(`/patients/${patientId}/notes/${note.id}`, {
        schema: NoteSchema,
        method: 'PUT',
        body: { ...soap, version: note.version },
      }),
    )
  }
  return (
    <form
      ref={form.ref}
      noValidate
      className="note-edit"
      aria-label={t('notes.editLabel')}
      onSubmit={form.handleSubmit(send)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <SoapFields soap={soap} onChange={setSoap} form={form} />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('notes.saveDraft')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
