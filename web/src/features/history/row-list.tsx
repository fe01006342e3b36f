import { type ReactNode, useEffect, useRef, useState } from 'react'

export interface RowListProps<Row extends { key: number }> {
  heading: string
  rows: Row[]
  legend: (index: number) => string
  addLabel: string
  removeLabel: (index: number) => string
  removeText: string
  onAdd: () => void
  onRemove: (index: number) => void
  renderRow: (row: Row, index: number) => ReactNode
}

/**
 * Rows the person adds and removes (allergies, medicines), each a fieldset named by its number.
 * Adding moves the focus into the new row; removing moves it to the add button, so the keyboard
 * is never left on a button that has gone.
 */
export function RowList<Row extends { key: number }>(props: RowListProps<Row>) {
  const { rows } = props
  const listRef = useRef<HTMLDivElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const [focusTarget, setFocusTarget] = useState<'new-row' | 'add' | null>(null)

  useEffect(() => {
    if (focusTarget === 'new-row') {
      listRef.current?.querySelector<HTMLElement>('.history-row:last-of-type input')?.focus()
    } else if (focusTarget === 'add') {
      addRef.current?.focus()
    }
    if (focusTarget) setFocusTarget(null)
  }, [focusTarget])

  return (
    <fieldset className="history-fieldset">
      <legend>{props.heading}</legend>
      <div ref={listRef}>
        {rows.map((row, index) => (
          <fieldset key={row.key} className="history-row">
            <legend>{props.legend(index)}</legend>
            <div className="history-row-fields">{props.renderRow(row, index)}</div>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={props.removeLabel(index)}
              onClick={() => {
                props.onRemove(index)
                setFocusTarget('add')
              }}
            >
              {props.removeText}
            </button>
          </fieldset>
        ))}
      </div>
      <button
        ref={addRef}
        type="button"
        className="button-secondary"
        onClick={() => {
          props.onAdd()
          setFocusTarget('new-row')
        }}
      >
        {props.addLabel}
      </button>
    </fieldset>
  )
}
