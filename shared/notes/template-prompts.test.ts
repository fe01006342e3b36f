import { describe, expect, it } from 'vitest'
import { fillTemplate, hasWellFormedPrompts, promptsOf, templateParts } from './template-prompts.ts'

describe('note template prompts', () => {
  it('finds prompts in reading order, across lines, trimmed', () => {
    expect(promptsOf('Tooth: [[ Tooth (FDI) ]]\nIOPA: [[Findings]] and [[Findings]]')).toEqual([
      'Tooth (FDI)',
      'Findings',
      'Findings',
    ])
    expect(promptsOf('Rubber dam isolation.')).toEqual([])
  })

  it('splits text and prompts, numbering the prompts', () => {
    expect(templateParts('Tooth: [[Tooth]] done')).toEqual([
      { kind: 'text', text: 'Tooth: ' },
      { kind: 'prompt', label: 'Tooth', index: 0 },
      { kind: 'text', text: ' done' },
    ])
  })

  it('accepts well-formed prompts and plain text, refuses stray or empty brackets', () => {
    expect(hasWellFormedPrompts('Tooth: [[Tooth (FDI)]]\nPlan: [[Plan]]')).toBe(true)
    expect(hasWellFormedPrompts('No prompts [at all]')).toBe(true)
    expect(hasWellFormedPrompts('Tooth: [[Tooth')).toBe(false)
    expect(hasWellFormedPrompts('Tooth: Tooth]]')).toBe(false)
    expect(hasWellFormedPrompts('Tooth: [[   ]]')).toBe(false)
    expect(hasWellFormedPrompts('Tooth: [[two\nlines]]')).toBe(false)
    expect(hasWellFormedPrompts(`[[${'x'.repeat(80)}]]`)).toBe(true)
    expect(hasWellFormedPrompts(`[[${'x'.repeat(81)}]]`)).toBe(false)
  })

  it('fills prompts with the answers in order and keeps lines without prompts', () => {
    const template = 'Tooth: [[Tooth]]\nRubber dam isolation.\nWorking length: [[WL]] mm'
    expect(fillTemplate(template, ['36', '21'])).toBe(
      'Tooth: 36\nRubber dam isolation.\nWorking length: 21 mm',
    )
  })

  it('drops a line whose prompts were all left empty, keeps a partly answered one', () => {
    const template = 'LA: [[Agent]]\nCanals: [[MB]], [[DB]]\nDone.'
    expect(fillTemplate(template, ['  ', 'MB 21', ''])).toBe('Canals: MB 21,\nDone.')
    expect(fillTemplate('[[Only]]', [])).toBe('')
  })
})
