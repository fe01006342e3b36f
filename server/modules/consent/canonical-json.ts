import { createHash } from 'node:crypto'
import type { NoticeContent } from '../../../shared/contracts/consent.ts'

/**
 * JSON with object keys sorted at every level: the same content always gives
 * the same text, so its hash identifies a notice version for good.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The SHA-256 of a notice's canonical JSON: what a consent record is bound to. */
export const hashNotice = (content: NoticeContent) =>
  createHash('sha256').update(canonicalJson(content)).digest('hex')
