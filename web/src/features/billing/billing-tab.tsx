import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { AccountPanel } from './account-panel.tsx'
import {
  invoicePath,
  invoicesPath,
  useBillableItems,
  useInvoiceChange,
  useInvoices,
  useProcedures,
} from './billing-api.ts'
import { InvoiceDetail } from './invoice-detail.tsx'
import {
  billableChoice,
  completedOn,
  draftPlanChoices,
  editDraftState,
  type InvoiceDraftState,
  newDraftState,
  type PlanItemChoice,
} from './invoice-draft.ts'
import { InvoiceForm } from './invoice-form.tsx'
import { InvoiceList } from './invoice-list.tsx'
import './billing.css'

type Editing = { invoice: Invoice | null } | null
type Confirming = { action: 'issue' | 'delete'; invoice: Invoice } | null

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export interface BillingTabProps {
  patientId: string
  /** The default recipient's name, when a company's draft goes back to the patient. */
  patientName: string
}

/**
 * The patient's bills (issue #12, item 9): the invoices, a new invoice from the completed
 * treatment not yet billed and ad hoc lines, a draft changed or deleted, and issued with the next
 * number after a confirmation (an issued invoice never changes, CGST Act s.31), then its PDF.
 * Shown to roles with billing.read; drafting and issuing need billing.write (owners, admins,
 * receptionists, accountants). Doctors and assistants have no Billing tab.
 */
export function BillingTab({ patientId, patientName }: BillingTabProps) {
  const t = useT()
  const me = useMe()
  const canWrite = can(me, 'billing.write')
  const invoices = useInvoices(patientId)
  const [editing, setEditing] = useState<Editing>(null)
  const billable = useBillableItems(patientId, canWrite)
  const procedures = useProcedures(canWrite && editing !== null)
  const change = useInvoiceChange(patientId)
  const [openId, setOpenId] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<Confirming>(null)
  const [status, setStatus] = useState<string | null>(null)
  // ?bill=YYYY-MM-DD (the "Bill" link on today's list): a new invoice for that visit, at once.
  const [params, setParams] = useSearchParams()
  const billParam = params.get('bill')
  const billDate = billParam && ISO_DATE.test(billParam) ? billParam : null
  const zone = clinicZoneOf(me)
  useEffect(() => {
    if (billDate && canWrite) setEditing((now) => now ?? { invoice: null })
  }, [billDate, canWrite])
  /** Done with the visit's bill: a reload or Back should not open the form again. */
  const forgetBill = () => {
    if (!params.has('bill')) return
    setParams(
      (now) => {
        const next = new URLSearchParams(now)
        next.delete('bill')
        return next
      },
      { replace: true },
    )
  }
  const list = invoices.data?.invoices ?? null
  const open = list?.find((invoice) => invoice.id === openId) ?? null

  const choicesFor = (draft: Invoice | null): PlanItemChoice[] => [
    ...(draft ? draftPlanChoices(draft) : []),
    ...(billable.data?.items ?? []).map(billableChoice),
  ]
  const startNew = () => {
    setStatus(null)
    setOpenId(null)
    setEditing({ invoice: null })
  }
  /** Saves the draft; with `andIssue`, asks at once to issue it (three clicks from today's list). */
  const save = async (body: unknown, andIssue = false) => {
    const draft = editing?.invoice ?? null
    const saved = draft
      ? await change(invoicePath(patientId, draft.id), 'PATCH', body)
      : await change(invoicesPath(patientId), 'POST', body)
    setEditing(null)
    forgetBill()
    setOpenId(saved?.id ?? null)
    setStatus(t('billing.saved'))
    if (andIssue && saved) setConfirming({ action: 'issue', invoice: saved })
  }
  const confirm = async () => {
    if (!confirming) return
    const { action, invoice } = confirming
    if (action === 'delete') {
      await change(invoicePath(patientId, invoice.id), 'DELETE')
      setOpenId(null)
      setStatus(t('billing.deleted'))
      return
    }
    const issued = await change(`${invoicePath(patientId, invoice.id)}/issue`, 'POST')
    setStatus(t('billing.issued', { number: issued?.number ?? '' }))
  }

  const isFormReady = editing !== null && (!canWrite || billable.data !== undefined)
  const initial: InvoiceDraftState | null = editing
    ? editing.invoice
      ? editDraftState(editing.invoice)
      : newDraftState(
          choicesFor(null),
          billDate ? (choice) => completedOn(choice, billDate, zone) : undefined,
        )
    : null

  return (
    <>
      <section className="card section-gap billing-tab" aria-labelledby="billing-heading">
        <h2 id="billing-heading">{t('billing.heading')}</h2>
        <StatusMessage>{status}</StatusMessage>
        {invoices.error != null && <ErrorAlert>{apiErrorMessage(invoices.error, t)}</ErrorAlert>}
        {billable.error != null && <ErrorAlert>{apiErrorMessage(billable.error, t)}</ErrorAlert>}
        {list === null && invoices.error == null && <p role="status">{t('app.loading')}</p>}
        {list?.length === 0 && <p className="muted">{t('billing.empty')}</p>}
        {canWrite && editing === null && (
          <div className="button-row">
            <button type="button" onClick={startNew}>
              {t('billing.new')}
            </button>
          </div>
        )}
        {list && list.length > 0 && (
          <InvoiceList
            invoices={list}
            openId={openId}
            onOpen={(invoice) => {
              setStatus(null)
              setEditing(null)
              setOpenId(invoice.id)
            }}
          />
        )}
        {editing !== null && !isFormReady && <p role="status">{t('app.loading')}</p>}
        {isFormReady && initial && (
          <InvoiceForm
            key={editing.invoice?.id ?? 'new'}
            choices={choicesFor(editing.invoice)}
            procedures={procedures.data?.procedures ?? []}
            registered={billable.data?.supplierRegistered ?? false}
            initial={initial}
            editing={editing.invoice}
            patientName={patientName}
            visitDate={editing.invoice ? null : billDate}
            onSave={(body) => save(body)}
            onSaveAndIssue={(body) => save(body, true)}
            onCancel={() => {
              setEditing(null)
              forgetBill()
            }}
          />
        )}
        {open && editing === null && (
          <InvoiceDetail
            invoice={open}
            canWrite={canWrite}
            onEdit={() => {
              setStatus(null)
              setEditing({ invoice: open })
            }}
            onDelete={() => setConfirming({ action: 'delete', invoice: open })}
            onIssue={() => setConfirming({ action: 'issue', invoice: open })}
            onClose={() => setOpenId(null)}
          />
        )}
        <ConfirmDialog
          isOpen={confirming !== null}
          title={
            confirming?.action === 'delete' ? t('billing.deleteTitle') : t('billing.issueTitle')
          }
          body={confirming?.action === 'delete' ? t('billing.deleteBody') : t('billing.issueBody')}
          confirmLabel={
            confirming?.action === 'delete' ? t('billing.delete') : t('billing.issueConfirm')
          }
          onConfirm={confirm}
          onClose={() => setConfirming(null)}
        />
      </section>
      {list && (
        <div className="card section-gap">
          <AccountPanel patientId={patientId} invoices={list} />
        </div>
      )}
    </>
  )
}
