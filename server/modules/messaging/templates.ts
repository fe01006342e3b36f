import type { MessageTemplate } from '../../../shared/contracts/messaging.ts'
import {
  defaultTemplates,
  kindParameters,
  type MessageKind,
  type MessageLanguage,
  messageKinds,
} from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'

const LANGUAGES: readonly MessageLanguage[] = ['en', 'hi']

/** The wording of one kind in one language: the clinic's own, else the shipped default. */
export async function templateBody(
  tx: Tx,
  kind: MessageKind,
  language: MessageLanguage,
): Promise<string> {
  const own = await tx
    .selectFrom('message_templates')
    .select('body')
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst()
  return own?.body ?? defaultTemplates[kind][language]
}

/** Every kind in every language, the clinic's wording where it has one. */
export async function messageTemplates(tx: Tx): Promise<MessageTemplate[]> {
  const own = await tx
    .selectFrom('message_templates')
    .select(['kind', 'language', 'body'])
    .execute()
  const byKey = new Map(own.map((row) => [`${row.kind}/${row.language}`, row.body]))
  return messageKinds.flatMap((kind) =>
    LANGUAGES.map((language) => {
      const body = byKey.get(`${kind}/${language}`)
      return {
        kind,
        language,
        body: body ?? defaultTemplates[kind][language],
        isDefault: body === undefined,
        parameters: [...kindParameters[kind]],
      }
    }),
  )
}
