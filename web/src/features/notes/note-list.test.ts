import { describe, expect, it } from 'vitest'
import type { Note } from '../../../../shared/contracts/notes.ts'
import { withNote } from './note-list.ts'

const note = (id: string, subjective = ''): Note => ({
  id,
  patientId: '00000000-0000-4000-8000-0000000000aa',
  visitDate: '2026-12-01',
  appointmentId: null,
  subjective,
  objective: '',
  assessment: '',
  plan: '',
  version: 1,
  state: 'draft',
  author: 'Dr Rao',
  authorId: '00000000-0000-4000-8000-0000000000bb',
  updatedAt: '2026-12-01T05:00:00.000Z',
  signedBy: null,
  signedAt: null,
  contentHash: null,
  addenda: [],
})
const a = '00000000-0000-4000-8000-000000000001'
const b = '00000000-0000-4000-8000-000000000002'

describe('the notes list after a change', () => {
  it('puts a new note first, replaces a changed one in place, drops a deleted one', () => {
    const list = { notes: [note(a)] }
    expect(withNote(list, b, note(b)).notes.map((n) => n.id)).toEqual([b, a])
    expect(withNote(list, a, note(a, 'Edited')).notes[0]?.subjective).toBe('Edited')
    expect(withNote(list, a, null).notes).toEqual([])
  })
})
