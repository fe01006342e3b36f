import { type FormEvent, useId, useRef, useState } from 'react'
import {
  type DocumentKind,
  DOCUMENT_KINDS as documentKinds,
  type PatientDocument,
} from '../../../../shared/contracts/documents.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { FieldError } from '../../ui/field-messages.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { DOCUMENT_MAX_BYTES, uploadDocument } from './upload-document.ts'

/** Kind, title and file, then the upload with its progress. */
export function DocumentUploadForm({
  patientId,
  onUploaded,
}: {
  patientId: string
  onUploaded: (document: PatientDocument) => void
}) {
  const t = useT()
  const fileId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [kind, setKind] = useState<DocumentKind>('xray')
  const [title, setTitle] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (progress !== null) return
    setError(null)
    setFileError(null)
    // Checked here too, so nobody waits for 25 MB to travel only to be refused.
    const refusal = !file
      ? t('documents.fileRequired')
      : file.size > DOCUMENT_MAX_BYTES
        ? t('documents.tooLarge')
        : null
    if (refusal || !file) {
      setFileError(refusal)
      fileRef.current?.focus()
      return
    }
    setProgress(0)
    try {
      const document = await uploadDocument(patientId, { kind, title, file }, setProgress)
      setTitle('')
      setFile(null)
      if (fileRef.current) fileRef.current.value = ''
      onUploaded(document)
    } catch (failure) {
      setError(uploadErrorMessage(failure, t))
    } finally {
      setProgress(null)
    }
  }

  const percent = progress === null ? 0 : Math.round(progress * 100)
  return (
    <form className="document-upload" noValidate onSubmit={submit}>
      <h3>{t('documents.uploadHeading')}</h3>
      <ErrorAlert>{error}</ErrorAlert>
      <div className="field-grid">
        <SelectField
          label={t('documents.kind')}
          name="kind"
          value={kind}
          onChange={(value) => setKind(value as DocumentKind)}
        >
          {documentKinds.map((option) => (
            <option key={option} value={option}>
              {t(`documents.kind.${option}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('documents.title')}
          name="title"
          hint={t('documents.titleHint')}
          value={title}
          onChange={setTitle}
          isOptional
          optionalLabel={t('form.optional')}
          maxLength={200}
        />
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('documents.file')}</label>
        <p id={`${fileId}-hint`} className="field-hint">
          {t('documents.fileHint')}
        </p>
        <input
          ref={fileRef}
          id={fileId}
          type="file"
          name="file"
          accept="image/jpeg,image/png,image/webp,application/pdf,application/dicom,.dcm"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <FieldError id={fileId} error={fileError ?? undefined} />
      </div>
      {progress !== null && (
        <div className="upload-progress">
          <progress max={100} value={percent} aria-label={t('documents.progressLabel')} />
          <span role="status">{t('documents.uploading', { percent: String(percent) })}</span>
        </div>
      )}
      <button type="submit" disabled={progress !== null}>
        {t('documents.upload')}
      </button>
    </form>
  )
}

/** Refusals said in the clinic's words: too large, wrong type, or not on the care team. */
function uploadErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('documents.tooLarge')
    if (error.status === 415) return t('documents.wrongType')
    if (error.status === 403) return t('documents.forbidden')
  }
  return apiErrorMessage(error, t)
}
