import type { MiddlewareHandler } from 'hono'
import { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_LABEL } from '../../../shared/contracts/documents.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'

/** Room for the multipart framing and text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024

/**
 * Route middleware of the upload: only a multipart body no larger than a document may reach the
 * handler. The app's 1 MiB body limit lets this route through (it streams), so a body of any
 * other type is refused here, before anything could read it into memory (an Idempotency-Key
 * would have it hashed), and before a transaction is opened for it.
 */
export const multipartOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^multipart\/form-data\s*;/i.test(c.req.header('Content-Type') ?? '')) {
    throw fieldError('unsupported_media_type', 'body', 'upload.not_multipart')
  }
  const declared = Number(c.req.header('Content-Length') ?? 0)
  if (declared > DOCUMENT_MAX_BYTES + FORM_OVERHEAD_BYTES) {
    throw fieldError('payload_too_large', 'file', 'document.too_large', {
      maximum: DOCUMENT_MAX_LABEL,
    })
  }
  await next()
}
