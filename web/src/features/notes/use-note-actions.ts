import { type Note, NoteSchema } from '../../../../shared/contracts/notes.ts'
import { api } from '../../lib/api.ts'

/** Signing and deleting a draft: the version sent is the one on screen (409 if it changed). */
export function useNoteActions(patientId: string, note: Note) {
  const path = `/patients/${patientId}/notes/${note.id}`
  return {
    sign: () =>
      api(`${path}/sign`, { schema: NoteSchema, method: 'POST', body: { version: note.version } }),
    remove: () => api<void>(path, { method: 'DELETE' }),
  }
}
