import { Fragment, type ReactNode } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

export interface SetupListSectionProps<T extends { id: string }> {
  headingId: string
  title: string
  intro: string
  emptyText: string
  /** Column headings before the actions column (shown only to those who configure). */
  columns: string[]
  /** Null while loading. */
  items: T[] | null
  failure: unknown
  status: string | null
  canConfigure: boolean
  /** One table row (<tr>) per item. */
  renderRow: (item: T) => ReactNode
  /** The card with the form that adds one; null while what the form needs is loading. */
  add: { headingId: string; heading: string; form: ReactNode } | null
  /** Dialogs that act on one item. */
  children?: ReactNode
}

/** A set-up tab: the list with its status line, loading and empty states, then the form to add. */
export function SetupListSection<T extends { id: string }>(props: SetupListSectionProps<T>) {
  const t = useT()
  const { items, failure, canConfigure, add } = props
  return (
    <>
      <section className="card" aria-labelledby={props.headingId}>
        <h2 id={props.headingId}>{props.title}</h2>
        <p className="muted">{props.intro}</p>
        <StatusMessage>{props.status}</StatusMessage>
        {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
        {items === null && failure === null && <p role="status">{t('app.loading')}</p>}
        {items?.length === 0 && <p>{props.emptyText}</p>}
        {items && items.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  {props.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                  {canConfigure && (
                    <th scope="col">
                      <span className="visually-hidden">{t('scheduleSetup.actions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <Fragment key={item.id}>{props.renderRow(item)}</Fragment>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {canConfigure && add && (
        <section className="card section-gap" aria-labelledby={add.headingId}>
          <h2 id={add.headingId}>{add.heading}</h2>
          {add.form}
        </section>
      )}
      {props.children}
    </>
  )
}
