import type { ReactNode } from 'react'

/**
 * A wide table's sideways scroller. It takes focus so keyboard users can scroll it on a tablet
 * (WCAG 2.2 SC 2.1.1; axe scrollable-region-focusable), and is named for screen readers.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, or keyboard users cannot scroll it (WCAG 2.2 SC 2.1.1).
    <section className="table-scroll perio-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
