import type { PatientDocument } from '../../../../shared/contracts/documents.ts'
import { useT } from '../../i18n/use-t.ts'
import { ModalDialog } from '../../ui/modal-dialog.tsx'

/**
 * Shows an image in a dialog. PDFs and DICOM files are not shown inline: the API forbids framing
 * its answers (X-Frame-Options: DENY), so a PDF opens in the browser's own viewer in a new tab.
 */
export function DocumentViewer({
  document,
  onClose,
}: {
  document: PatientDocument | null
  onClose: () => void
}) {
  const t = useT()
  const isImage = document?.mediaType.startsWith('image/') ?? false
  return (
    <ModalDialog isOpen={document !== null} title={document?.title ?? ''} onClose={onClose}>
      {document && (
        <>
          {isImage ? (
            <img className="document-image" src={document.contentUrl} alt={document.title} />
          ) : (
            <p>{t('documents.cannotShow')}</p>
          )}
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={onClose}>
              {t('documents.close')}
            </button>
            <a href={document.contentUrl} download={document.fileName ?? undefined}>
              {t('documents.download')}
            </a>
          </div>
        </>
      )}
    </ModalDialog>
  )
}
