import { useCallback } from 'react'
import type { ZodType } from 'zod'
import { PatientAccountSchema } from '../../../../shared/contracts/payments.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

/** The patient's account (server/modules/billing/money-routes.ts). */
export function accountPath(patientId: string): string {
  return `/patients/${patientId}/account`
}

export function useAccount(patientId: string) {
  return useApiQuery(accountPath(patientId), { schema: PatientAccountSchema })
}

/**
 * Sends one money change (payment, credit note, refund, instalments) and re-reads the account
 * and the invoices, so balances, the ledger and the invoice list agree with the server.
 */
export function useMoneyChange(patientId: string) {
  const cache = useApiCache()
  return useCallback(
    async <T>(
      path: string,
      method: 'POST' | 'PUT' | 'DELETE',
      body: unknown,
      schema: ZodType<T>,
    ) => {
      const answer = await api(path, { method, body, schema })
      await Promise.all([
        cache.invalidate(accountPath(patientId)),
        cache.invalidate(`/patients/${patientId}/invoices`),
        cache.invalidate(`/patients/${patientId}/billable-items`),
      ])
      return answer
    },
    [cache, patientId],
  )
}
