import {
  type DocumentKind,
  type PatientDocument,
  PatientDocumentSchema,
} from '../../../../shared/contracts/documents.ts'
import { ApiError, readCookie, toApiError } from '../../lib/api.ts'
import { checkResponse } from '../../lib/response-check.ts'

/** The largest file the API takes: the server's own limit. */
export { DOCUMENT_MAX_BYTES } from '../../../../shared/contracts/documents.ts'

export interface DocumentUpload {
  kind: DocumentKind
  title: string
  file: File
}

/**
 * Sends a document as multipart/form-data. XMLHttpRequest rather than fetch, because only it
 * reports upload progress; the CSRF token goes along, and the answer is checked against its
 * contract, as api() does.
 */
export function uploadDocument(
  patientId: string,
  upload: DocumentUpload,
  onProgress: (fraction: number) => void,
): Promise<PatientDocument> {
  const body = new FormData()
  // The text fields go before the file: the server reads them first while the file streams.
  body.append('kind', upload.kind)
  if (upload.title.trim()) body.append('title', upload.title.trim())
  body.append('file', upload.file)
  const path = `/patients/${patientId}/documents`
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `/api/v1${path}`)
    request.setRequestHeader('accept', 'application/json')
    request.setRequestHeader('x-csrf-token', readCookie('csrf_token') ?? '')
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    request.onload = () => {
      const answer = parse(request.responseText)
      if (request.status < 200 || request.status >= 300) {
        reject(toApiError(request.status, answer))
        return
      }
      try {
        checkResponse('POST', path, PatientDocumentSchema, answer)
        resolve(answer as PatientDocument)
      } catch (error) {
        reject(error)
      }
    }
    request.onerror = () => reject(new ApiError(0, 'network', 'network'))
    request.send(body)
  })
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}
