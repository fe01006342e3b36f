import { type FormEvent, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../../../shared/contracts/billing.ts'
import { InvoiceListPageSchema } from '../../../../shared/contracts/invoice-list.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'

/** The filters, as they are in the address (?status=issued&number=INV/26-27/) and the API's query. */
const FILTERS = ['status', 'kind', 'from', 'to', 'number'] as const
type Filter = (typeof FILTERS)[number]
type Filters = Record<Filter, string>

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMBER_SEARCH = /^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$/
const PAGE_SIZE = 50

function filtersOf(params: URLSearchParams): Filters {
  return {
    status: params.get('status') ?? '',
    kind: params.get('kind') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    number: params.get('number') ?? '',
  }
}

/** What the screen finds wrong before asking, keyed by filter. */
function problemsOf(filters: Filters): Partial<Record<Filter, 'date' | 'number' | 'order'>> {
  const problems: Partial<Record<Filter, 'date' | 'number' | 'order'>> = {}
  if (filters.from && !ISO_DATE.test(filters.from)) problems.from = 'date'
  if (filters.to && !ISO_DATE.test(filters.to)) problems.to = 'date'
  else if (filters.from && filters.to && filters.to < filters.from) problems.to = 'order'
  if (filters.number && !NUMBER_SEARCH.test(filters.number)) problems.number = 'number'
  return problems
}

/**
 * The clinic's invoices on the Billing page (issue #12 item 9), for every billing role: drafts
 * and issued invoices, newest first, found by status, kind, days and number (whole or its
 * beginning), each linking to the patient's Billing tab. The filters live in the address so a
 * reload or a shared link shows the same list; nothing about a patient goes there. A page at a
 * time: the server's keyset cursor, kept in memory to go back.
 */
export function InvoicesSection() {
  const t = useT()
  const [params, setParams] = useSearchParams()
  const applied = filtersOf(params)
  const [draft, setDraft] = useState<Filters>(applied)
  // The cursors of the pages before this one, and this one's ('' for the first page).
  const [cursors, setCursors] = useState<string[]>([''])
  // The address changed from outside the form (the Billing link in the menu, Back, a pasted
  // link): the inputs and the paging follow it, adjusted during render as React advises.
  const appliedKey = FILTERS.map((filter) => applied[filter]).join('\u0000')
  const [shownKey, setShownKey] = useState(appliedKey)
  if (shownKey !== appliedKey) {
    setShownKey(appliedKey)
    setDraft(applied)
    setCursors([''])
  }
  const cursor = cursors.at(-1) ?? ''
  const problems = problemsOf(draft)

  const query = new URLSearchParams()
  for (const filter of FILTERS) if (applied[filter]) query.set(filter, applied[filter])
  query.set('limit', String(PAGE_SIZE))
  if (cursor) query.set('cursor', cursor)
  const isValid = Object.keys(problemsOf(applied)).length === 0
  const list = useApiQuery(isValid ? `/billing/invoices?${query.toString()}` : null, {
    schema: InvoiceListPageSchema,
    keepPrevious: true,
  })

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (Object.keys(problems).length > 0) return
    setCursors([''])
    setParams(
      (now) => {
        const next = new URLSearchParams(now)
        for (const filter of FILTERS) {
          const value = draft[filter].trim()
          if (value) next.set(filter, value)
          else next.delete(filter)
        }
        return next
      },
      { replace: true },
    )
  }
  const clear = () => {
    const empty: Filters = { status: '', kind: '', from: '', to: '', number: '' }
    setDraft(empty)
    setCursors([''])
    setParams(
      (now) => {
        const next = new URLSearchParams(now)
        for (const filter of FILTERS) next.delete(filter)
        return next
      },
      { replace: true },
    )
  }
  const errorText = (filter: Filter) => {
    const problem = problems[filter]
    if (problem === 'date') return t('invoiceList.dateInvalid')
    if (problem === 'number') return t('invoiceList.numberInvalid')
    if (problem === 'order') return t('reason.billing.report_range_order')
    return undefined
  }
  const change = (filter: Filter) => (value: string) =>
    setDraft((now) => ({ ...now, [filter]: value }))
  const data = list.data

  return (
    <section className="card section-gap" aria-labelledby="invoice-list-heading">
      <h2 id="invoice-list-heading">{t('invoiceList.heading')}</h2>
      <form
        noValidate
        aria-label={t('invoiceList.filters')}
        onSubmit={search}
        className="invoice-list-filters"
      >
        <div className="field-grid">
          <SelectField
            label={t('invoiceList.status')}
            name="status"
            value={draft.status}
            onChange={change('status')}
          >
            <option value="">{t('invoiceList.status.all')}</option>
            {INVOICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`billing.status.${status}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('invoiceList.kind')}
            name="kind"
            value={draft.kind}
            onChange={change('kind')}
          >
            <option value="">{t('invoiceList.kind.all')}</option>
            {INVOICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`billing.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('invoiceList.from')}
            name="from"
            type="date"
            value={draft.from}
            onChange={change('from')}
            error={errorText('from')}
          />
          <TextField
            label={t('invoiceList.to')}
            name="to"
            type="date"
            value={draft.to}
            onChange={change('to')}
            error={errorText('to')}
          />
          <TextField
            label={t('invoiceList.number')}
            name="number"
            value={draft.number}
            onChange={change('number')}
            hint={t('invoiceList.numberHint')}
            error={errorText('number')}
            maxLength={16}
            autoComplete="off"
          />
        </div>
        <div className="button-row">
          <button type="submit">{t('invoiceList.search')}</button>
          <button type="button" className="button-secondary" onClick={clear}>
            {t('invoiceList.clear')}
          </button>
        </div>
      </form>
      {list.isError && <ErrorAlert>{apiErrorMessage(list.error, t)}</ErrorAlert>}
      {!data && !list.isError && isValid && <p role="status">{t('app.loading')}</p>}
      {data && data.invoices.length === 0 && <p>{t('invoiceList.empty')}</p>}
      {data && data.invoices.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('invoiceList.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invoiceList.col.number')}</th>
                <th scope="col">{t('invoiceList.col.date')}</th>
                <th scope="col">{t('invoiceList.col.kind')}</th>
                <th scope="col">{t('invoiceList.col.patient')}</th>
                <th scope="col" className="numeric">
                  {t('invoiceList.col.total')}
                </th>
                <th scope="col" className="numeric">
                  {t('invoiceList.col.credited')}
                </th>
                <th scope="col" className="numeric">
                  {t('invoiceList.col.paid')}
                </th>
                <th scope="col" className="numeric">
                  {t('invoiceList.col.due')}
                </th>
                <th scope="col">{t('invoiceList.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.invoices.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/patients/${row.patientId}?tab=billing`}>
                      {row.number ?? t('invoiceList.draft')}
                    </Link>
                  </th>
                  <td className="cell-nowrap">{formatDate(row.date)}</td>
                  <td>{row.kind ? t(`billing.kind.${row.kind}`) : '—'}</td>
                  <td>{row.patientName}</td>
                  <td className="numeric">{formatPaise(row.totalPaise)}</td>
                  <td className="numeric">{formatPaise(row.creditedPaise)}</td>
                  <td className="numeric">{formatPaise(row.paidPaise)}</td>
                  <td className="numeric">{formatPaise(row.duePaise)}</td>
                  <td>{t(`billing.status.${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(cursors.length > 1 || data?.nextCursor) && (
        <div className="button-row">
          {cursors.length > 1 && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setCursors((now) => now.slice(0, -1))}
            >
              {t('invoiceList.previous')}
            </button>
          )}
          {data?.nextCursor && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                const next = data.nextCursor
                if (next) setCursors((now) => [...now, next])
              }}
            >
              {t('invoiceList.next')}
            </button>
          )}
        </div>
      )}
    </section>
  )
}
