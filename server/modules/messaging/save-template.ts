import type { TemplateBody } from '../../../shared/contracts/messaging.ts'
import {
  type MessageKind,
  type MessageLanguage,
  templateProblem,
} from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { issue, validationError } from '../../http/errors.ts'

/**
 * Saves a clinic's own wording of a message kind, after the checks WhatsApp and the patient need
 * (templateProblem): only the placeholders the kind has, the clinic's name in every message (on
 * the shared sender it is the only thing that says who writes), no stray braces. A 400 names the
 * field `body` and the problem. On Meta and the BSPs the approved template of the same name must
 * use the placeholders in the same order: they are sent by position.
 */
export async function saveTemplate(
  tx: Tx,
  actor: Session,
  input: { kind: MessageKind; language: MessageLanguage } & TemplateBody,
): Promise<void> {
  const problem = templateProblem(input.kind, input.body)
  if (problem?.reason === 'unknown_parameter') {
    throw validationError([
      issue('body', 'messaging.template_unknown_parameter', { parameter: problem.parameter }),
    ])
  }
  if (problem?.reason === 'clinic_missing') {
    throw validationError([issue('body', 'messaging.template_clinic_missing')])
  }
  if (problem?.reason === 'stray_braces') {
    throw validationError([issue('body', 'messaging.template_stray_braces')])
  }
  if (problem?.reason === 'too_long') {
    throw validationError([issue('body', 'field.too_long', { maximum: problem.max })])
  }
  await tx
    .insertInto('message_templates')
    .values({
      clinic_id: actor.clinicId,
      kind: input.kind,
      language: input.language,
      body: input.body,
      updated_by: actor.userId,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['clinic_id', 'kind', 'language'])
        .doUpdateSet({ body: input.body, updated_by: actor.userId }),
    )
    .execute()
}

/** Back to the shipped default. */
export async function resetTemplate(
  tx: Tx,
  input: { kind: MessageKind; language: MessageLanguage },
): Promise<void> {
  await tx
    .deleteFrom('message_templates')
    .where('kind', '=', input.kind)
    .where('language', '=', input.language)
    .execute()
}
