import { useCallback } from 'react'
import { PlanListSchema } from '../../../../shared/contracts/plans.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

/**
 * The plan routes (server/modules/plans), all under the patient, so the care-team check and the
 * audit of reads happen on every call.
 */
export function plansPath(patientId: string): string {
  return `/patients/${patientId}/plans`
}

export function planPath(patientId: string, planId: string): string {
  return `${plansPath(patientId)}/${planId}`
}

export function itemPath(patientId: string, planId: string, itemId: string): string {
  return `${planPath(patientId, planId)}/items/${itemId}`
}

/** The patient's plans: an audited read, once per opening of the tab, refreshed after changes. */
export function usePlans(patientId: string) {
  return useApiQuery(plansPath(patientId), { schema: PlanListSchema, isAuditedRead: true })
}

/**
 * Sends one change and re-reads the plans (and the chart, whose planned findings follow the
 * items), so every part of the tab shows the plan as the server now holds it.
 */
export function usePlanChange(patientId: string) {
  const cache = useApiCache()
  return useCallback(
    async (path: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown) => {
      await api(path, { method, body })
      await Promise.all([
        cache.invalidate(plansPath(patientId)),
        cache.invalidate(`/patients/${patientId}/chart`),
      ])
    },
    [cache, patientId],
  )
}
