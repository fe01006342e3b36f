import { Fragment, type ReactNode } from 'react'

const urlPattern = /(https?:\/\/[^\s<>"]+)/g

/** Plain email text with its web addresses turned into links (text stays text: no HTML). */
export function linkify(text: string): ReactNode[] {
  let offset = 0
  return text.split(urlPattern).map((part) => {
    // The character offset is a stable key: the same text always splits the same way.
    const key = offset
    offset += part.length
    // split() with a capturing group returns the matched addresses among the plain parts.
    return /^https?:\/\//.test(part) ? (
      <a key={key} href={part}>
        {part}
      </a>
    ) : (
      <Fragment key={key}>{part}</Fragment>
    )
  })
}
