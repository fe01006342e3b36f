/**
 * The prompt syntax of note templates (db/migrations/20261205090000_note_templates.sql): a
 * prompt is a label in double square brackets, `Tooth: [[Tooth (FDI)]]`, 1 to 80 characters on
 * one line. The notes screen shows each prompt as a field; filling the template puts what was
 * typed where the prompt stood. The server refuses a template with a malformed prompt, so the
 * screen never has to guess what a stray bracket meant.
 */

const PROMPT = /\[\[([^[\]\n]{1,80})\]\]/g
export const PROMPT_MAX_LENGTH = 80

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'prompt'; label: string; index: number }

/** True when every `[[` and `]]` in the text belongs to a well-formed prompt with a label. */
export function hasWellFormedPrompts(text: string): boolean {
  for (const match of text.matchAll(PROMPT)) {
    if ((match[1] ?? '').trim() === '') return false
  }
  const rest = text.replace(PROMPT, '')
  return !rest.includes('[[') && !rest.includes(']]')
}

/** The text split into literal text and prompts, prompts numbered from 0 in reading order. */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = []
  let at = 0
  let index = 0
  for (const match of text.matchAll(PROMPT)) {
    const start = match.index ?? 0
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start) })
    parts.push({ kind: 'prompt', label: (match[1] ?? '').trim(), index })
    index += 1
    at = start + match[0].length
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) })
  return parts
}

/** The prompts' labels, in order (a label may repeat; fields are told apart by position). */
export function promptsOf(text: string): string[] {
  return templateParts(text).flatMap((part) => (part.kind === 'prompt' ? [part.label] : []))
}

/**
 * The template with each prompt replaced by its answer (answers[i] for prompt i). A line whose
 * prompts were all left empty is dropped, so an unused "Local anaesthesia: [[…]]" does not
 * leave a half-sentence in a medico-legal record; lines without prompts are kept as written.
 */
export function fillTemplate(text: string, answers: readonly string[]): string {
  let index = 0
  const lines = text.split('\n').flatMap((line) => {
    let prompts = 0
    let answered = 0
    const filled = line.replace(PROMPT, () => {
      const answer = (answers[index] ?? '').trim()
      index += 1
      prompts += 1
      if (answer !== '') answered += 1
      return answer
    })
    return prompts > 0 && answered === 0 ? [] : [filled.trimEnd()]
  })
  return lines.join('\n').trim()
}
