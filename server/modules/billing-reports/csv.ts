/**
 * CSV writing for the GSTR-1 sections (RFC 4180: comma, CRLF, quotes doubled). Text cells that
 * a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) get a leading
 * apostrophe (OWASP CSV injection): a recipient's name is typed by people. Amounts are written
 * as numbers by the caller and are never altered.
 */

export type Cell = string | number | { number: string }

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell)
  if (typeof cell === 'object') return cell.number
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return quote(guarded)
}

/** A CSV document: the header row, then the rows, each line ending CRLF. */
export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map((name) => quote(name)), ...rows.map((row) => row.map(cellText))]
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('')
}
