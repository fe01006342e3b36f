import type { ReactNode } from 'react'

/**
 * A wide table's sideways scroller. It takes focus so keyboard users can scroll it on a tablet
 * (WCAG 2.2 SC 2.1.1; axe scrollable-region-focusable), and is named for screen readers.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string
  /** Extra classes beside `table-scroll`. */
  className?: string
  children: ReactNode
}) {
  return (
    <section
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, or keyboard users cannot scroll it (WCAG 2.2 SC 2.1.1).
      tabIndex={0}
    >
      {children}
    </section>
  )
}
