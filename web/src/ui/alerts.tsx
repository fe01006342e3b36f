import type { ReactNode } from 'react'

/** An error the person must read: announced at once by screen readers. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null
  return (
    <div role="alert" className="alert alert-error">
      {children}
    </div>
  )
}

/** The outcome of an action (saved, sent): announced politely. Keep it mounted to be heard. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className={children ? 'alert alert-success' : 'visually-hidden'}>
      {children}
    </div>
  )
}
