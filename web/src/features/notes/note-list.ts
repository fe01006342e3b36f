import type { z } from 'zod'
import type { Note, NoteListSchema } from '../../../../shared/contracts/notes.ts'

export type NoteList = z.infer<typeof NoteListSchema>

/**
 * The list after a change, without reading it again (each read is an audited read): a new note
 * goes first (the list is newest visit first, and a new note is today's), a changed one replaces
 * itself, a deleted one (null) leaves.
 */
export function withNote(list: NoteList, noteId: string, note: Note | null): NoteList {
  if (note === null) return { notes: list.notes.filter((old) => old.id !== noteId) }
  const isKnown = list.notes.some((old) => old.id === noteId)
  return {
    notes: isKnown
      ? list.notes.map((old) => (old.id === noteId ? note : old))
      : [note, ...list.notes],
  }
}
