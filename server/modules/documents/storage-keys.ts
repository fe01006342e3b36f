/**
 * Where a document's files are stored, and the context each is encrypted under. Both name only
 * ids, never anything about the patient (a file name could), and the context never changes:
 * moving a document to another patient (a merge) leaves its files readable.
 */
export function documentObjects(clinicId: string, documentId: string) {
  const key = `clinics/${clinicId}/documents/${documentId}`
  return {
    original: { key, context: `documents:${documentId}` },
    thumbnail: { key: `${key}.thumbnail`, context: `documents:${documentId}:thumbnail` },
  }
}
