/** Patient documents: encrypted upload, listing, streamed download and thumbnails. */
export { documentRoutes } from './file-routes.ts'
export { openDocumentFile } from './open-document-file.ts'
export { patientDocumentRoutes } from './patient-routes.ts'
export { type GeneratedDocument, storeGeneratedDocument } from './store-generated.ts'

const UPLOAD_PATH = /^\/api\/v1\/patients\/[^/]+\/documents\/?$/

/**
 * True for the one route that takes large bodies: it streams and enforces its own limit, so the
 * app's 1 MiB body limit must let it through.
 */
export function isDocumentUpload(method: string, path: string): boolean {
  return method === 'POST' && UPLOAD_PATH.test(path)
}
