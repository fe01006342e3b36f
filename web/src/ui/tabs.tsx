import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react'

export interface Tab<K extends string> {
  key: K
  label: string
}

export interface TabsProps<K extends string> {
  /** Names the tab list for screen readers. */
  label: string
  tabs: readonly Tab<K>[]
  selected: K
  onSelect: (key: K) => void
  /** The selected tab's content; the other panels stay empty until chosen. */
  children: ReactNode
}

/**
 * Tabs with automatic activation: one Tab stop for the list, arrow keys (and Home, End) move
 * between tabs and show each as they go. Every panel exists, so each tab's aria-controls points
 * at something, but only the selected one has content.
 * See: https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: TabsProps<K>) {
  const id = useId()
  const buttons = useRef(new Map<K, HTMLButtonElement>())
  const tabId = (key: K) => `${id}-tab-${key}`
  const panelId = (key: K) => `${id}-panel-${key}`

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.findIndex((tab) => tab.key === selected)
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const tab = next === null ? undefined : tabs[next]
    if (!tab) return
    event.preventDefault()
    buttons.current.get(tab.key)?.focus()
    onSelect(tab.key)
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab) => {
          const isSelected = tab.key === selected
          return (
            <button
              key={tab.key}
              ref={(button) => {
                if (button) buttons.current.set(tab.key, button)
                else buttons.current.delete(tab.key)
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              className="tab"
              aria-selected={isSelected}
              aria-controls={panelId(tab.key)}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.key)}
              onKeyDown={onKeyDown}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={panelId(tab.key)}
          aria-labelledby={tabId(tab.key)}
          className="tab-panel"
          hidden={tab.key !== selected}
        >
          {tab.key === selected && children}
        </div>
      ))}
    </div>
  )
}
