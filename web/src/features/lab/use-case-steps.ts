import { useState } from 'react'
import { type LabCase, LabCaseSchema } from '../../../../shared/contracts/lab.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { BOARD_PATH, casePath, patientCasesPath } from './lab-api.ts'

/**
 * Receive, fit and remake, from the board or the patient's tab: each step is dated the clinic's
 * today by the server, and both lists are read again after it.
 */
export function useCaseSteps(onStatus: (message: string | null) => void) {
  const t = useT()
  const cache = useApiCache()
  const [busyId, setBusyId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [remaking, setRemaking] = useState<LabCase | null>(null)

  const refresh = async (row: LabCase) => {
    await Promise.all([
      cache.invalidate(BOARD_PATH),
      cache.invalidate(patientCasesPath(row.patientId)),
    ])
  }
  const step = async (row: LabCase, verb: 'receive' | 'fit', done: string) => {
    onStatus(null)
    setError(null)
    setBusyId(row.id)
    try {
      await api(`${casePath(row.id)}/${verb}`, { schema: LabCaseSchema, method: 'POST', body: {} })
      await refresh(row)
      onStatus(done)
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    } finally {
      setBusyId(null)
    }
  }
  return {
    busyId,
    error,
    remaking,
    onReceive: (row: LabCase) => step(row, 'receive', t('lab.received')),
    onFit: (row: LabCase) => step(row, 'fit', t('lab.fitted')),
    onRemake: (row: LabCase) => {
      onStatus(null)
      setRemaking(row)
    },
    closeRemake: () => setRemaking(null),
    remake: async (row: LabCase, body: { reason: string; dueOn: string }) => {
      await api(`${casePath(row.id)}/remake`, { schema: LabCaseSchema, method: 'POST', body })
      await refresh(row)
      onStatus(t('lab.remade'))
    },
  }
}
