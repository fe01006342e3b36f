import { describe, expect, it } from 'vitest'
import type { NoteTemplate } from '../../../../shared/contracts/note-templates.ts'
import { emptyAnswers, noteFromTemplate } from './template-answers.ts'

const template: NoteTemplate = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'RCT sitting 1',
  subjective: 'Chief complaint: [[Chief complaint]]',
  objective: 'Tooth: [[Tooth (FDI)]]\nTender on percussion: [[Yes / no]]',
  assessment: '',
  plan: 'Rubber dam isolation and access opening.\nWorking length: [[Lengths]]',
  isCustom: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
}

describe('a note from a template', () => {
  it('has one empty answer per prompt, per section', () => {
    expect(emptyAnswers(template)).toEqual({
      subjective: [''],
      objective: ['', ''],
      assessment: [],
      plan: [''],
    })
  })

  it('fills each section from its own answers, dropping unanswered prompt lines', () => {
    const soap = noteFromTemplate(template, {
      subjective: ['Pain in lower left back tooth'],
      objective: ['36', ''],
      assessment: [],
      plan: ['MB 21 mm, D 22 mm'],
    })
    expect(soap).toEqual({
      subjective: 'Chief complaint: Pain in lower left back tooth',
      objective: 'Tooth: 36',
      assessment: '',
      plan: 'Rubber dam isolation and access opening.\nWorking length: MB 21 mm, D 22 mm',
    })
  })
})
