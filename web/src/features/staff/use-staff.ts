import { useCallback, useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { Invitation, StaffMember } from '../../lib/api-types.ts'

export type StaffState =
  | { kind: 'loading' }
  | { kind: 'loaded'; members: StaffMember[]; invitations: Invitation[] }
  | { kind: 'failed'; error: unknown }

/**
 * The team and, for roles that manage staff, the invitations. reload() resolves once the fresh
 * lists are shown, so a change is confirmed only when the tables already reflect it.
 */
export function useStaff(canManage: boolean): { state: StaffState; reload: () => Promise<void> } {
  const [state, setState] = useState<StaffState>({ kind: 'loading' })

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [members, invitations] = await Promise.all([
          api<StaffMember[]>('/staff', { signal }),
          canManage ? api<Invitation[]>('/staff/invitations', { signal }) : Promise.resolve([]),
        ])
        if (!signal?.aborted) setState({ kind: 'loaded', members, invitations })
      } catch (error) {
        if (!signal?.aborted) setState({ kind: 'failed', error })
      }
    },
    [canManage],
  )

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  const reload = useCallback(() => load(), [load])
  return { state, reload }
}
