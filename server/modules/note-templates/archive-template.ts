import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'

/**
 * Archives a template: it leaves the pick list but is kept (notes written from it keep their
 * own text, so nothing depends on it). 404 if already archived or unknown.
 */
export async function archiveTemplate(tx: Tx, actor: Session, templateId: string): Promise<void> {
  const row = await tx
    .updateTable('note_templates')
    .set({ is_archived: true, updated_by: actor.userId })
    .where('id', '=', templateId)
    .where('is_archived', '=', false)
    .returning('id')
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'note_template.not_found')
}
