import { useCallback } from 'react'
import { BillableItemListSchema } from '../../../../shared/contracts/billable-items.ts'
import {
  type Invoice,
  InvoiceListSchema,
  InvoiceSchema,
} from '../../../../shared/contracts/billing.ts'
import { ProcedureListSchema } from '../../../../shared/contracts/catalogue.ts'
import type { InvoicePdfLanguage } from '../../../../shared/contracts/invoice-pdf.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

/** The billing routes (server/modules/billing), all under the patient. */
export function invoicesPath(patientId: string): string {
  return `/patients/${patientId}/invoices`
}

export function invoicePath(patientId: string, invoiceId: string): string {
  return `${invoicesPath(patientId)}/${invoiceId}`
}

export function billableItemsPath(patientId: string): string {
  return `/patients/${patientId}/billable-items`
}

/** The invoice's PDF: a plain link, so the browser downloads or shows it (ids only, no names). */
export function invoicePdfHref(
  patientId: string,
  invoiceId: string,
  language: InvoicePdfLanguage,
): string {
  return `/api/v1${invoicePath(patientId, invoiceId)}/pdf?language=${language}`
}

export function useInvoices(patientId: string) {
  return useApiQuery(invoicesPath(patientId), { schema: InvoiceListSchema })
}

/** Completed treatment not yet billed: asked for only by those who may bill (billing.write). */
export function useBillableItems(patientId: string, isEnabled: boolean) {
  return useApiQuery(billableItemsPath(patientId), {
    schema: BillableItemListSchema,
    enabled: isEnabled,
  })
}

/** The procedure catalogue, for ad hoc lines at list price (receptionists may read it). */
export function useProcedures(isEnabled: boolean) {
  return useApiQuery('/catalogue/procedures', {
    schema: ProcedureListSchema,
    enabled: isEnabled,
    staleTime: 60_000,
  })
}

/**
 * Sends one change to an invoice and re-reads the invoices and what is still billable, so the
 * list, the open invoice and the form show what the server now holds. Answers the invoice when
 * the route returns one.
 */
export function useInvoiceChange(patientId: string) {
  const cache = useApiCache()
  return useCallback(
    async (
      path: string,
      method: 'POST' | 'PATCH' | 'DELETE',
      body?: unknown,
    ): Promise<Invoice | undefined> => {
      const answer =
        method === 'DELETE'
          ? await api<undefined>(path, { method })
          : ((await api(path, { method, body, schema: InvoiceSchema })) as Invoice)
      await Promise.all([
        cache.invalidate(invoicesPath(patientId)),
        cache.invalidate(billableItemsPath(patientId)),
        // An issued invoice is on the account: what is due and the ledger change with it.
        cache.invalidate(`/patients/${patientId}/account`),
      ])
      return answer
    },
    [cache, patientId],
  )
}
