import type { ReactNode } from 'react'
import { PageTitle } from './page-title.tsx'

/** A narrow, centred card for one short form (sign in, sign up, reset, invitation). */
export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string
  intro?: ReactNode
  children: ReactNode
  footer?: ReactNode
}) {
  return (
    <section className="auth-card" aria-labelledby="page-heading">
      <PageTitle title={title} />
      <h1 id="page-heading">{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      {children}
      {footer && <div className="auth-footer">{footer}</div>}
    </section>
  )
}
