import { useEffect } from 'react'

// Sets document.title so browser tabs and screen readers announce which page is open. We set it
// directly rather than rendering <title>: React 19 would add a second <title> after the one in
// index.html, and browsers only read the first.
export function PageTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · Niramaya`
  }, [title])
  return null
}
