import { createHash, randomBytes } from 'node:crypto'
import type { Tx } from '../../db/with-clinic.ts'

/** How long the provider may fetch a document from its link (Meta fetches it once, at sending). */
export const DOCUMENT_LINK_DAYS = 7

export const DOCUMENT_LINK_PATH = '/api/v1/message-documents'

/** A link token as issued: 32 random bytes, base64url. */
export const DOCUMENT_TOKEN = /^[A-Za-z0-9_-]{43}$/

export function documentTokenHash(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

/**
 * A fresh link to a message's PDF, made as the attempt is committed: a new 256-bit token (only
 * its hash is kept, so the link cannot be read back from the database), ending in 7 days. Each
 * attempt makes a new one; an earlier attempt's link stops working.
 */
export async function linkDocument(
  tx: Tx,
  input: { messageId: string; filename: string; now: Date; baseUrl: string },
): Promise<{ url: string; filename: string }> {
  const token = randomBytes(32).toString('base64url')
  await tx
    .updateTable('message_attachments')
    .set({
      token_hash: documentTokenHash(token),
      expires_at: new Date(input.now.getTime() + DOCUMENT_LINK_DAYS * 24 * 3600_000),
    })
    .where('message_id', '=', input.messageId)
    .execute()
  return {
    url: `${input.baseUrl.replace(/\/+$/, '')}${DOCUMENT_LINK_PATH}/${token}`,
    filename: input.filename,
  }
}
