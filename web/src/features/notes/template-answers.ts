import type { NoteTemplate } from '../../../../shared/contracts/note-templates.ts'
import { fillTemplate, promptsOf } from '../../../../shared/notes/template-prompts.ts'
import { SOAP_SECTIONS, type SoapSection, type SoapText } from './soap.ts'

/** The answers typed into a template's prompt fields, per section, in prompt order. */
export type TemplateAnswers = Record<SoapSection, string[]>

/** One empty answer per prompt of the template. */
export function emptyAnswers(template: NoteTemplate): TemplateAnswers {
  const answers = {} as TemplateAnswers
  for (const section of SOAP_SECTIONS) {
    answers[section] = promptsOf(template[section]).map(() => '')
  }
  return answers
}

/** The note's four sections: each template section with its prompts filled in. */
export function noteFromTemplate(template: NoteTemplate, answers: TemplateAnswers): SoapText {
  const soap = {} as SoapText
  for (const section of SOAP_SECTIONS) {
    soap[section] = fillTemplate(template[section], answers[section])
  }
  return soap
}

/** The field name of a prompt: unique in the form, so an error can stand under it. */
export const promptFieldName = (section: SoapSection, index: number) => `${section}-${index}`
