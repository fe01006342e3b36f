import { useContext } from 'react'
import type { Me } from '../../../../shared/contracts/auth.ts'
import { SessionContext, type SessionContextValue } from './session-provider.tsx'

export function useSession(): SessionContextValue {
  const context = useContext(SessionContext)
  if (!context) throw new Error('useSession must be used inside <SessionProvider>')
  return context
}

/** The signed-in person; only for pages under <RequireSession>. */
export function useMe(): Me {
  const { state } = useSession()
  if (state.kind !== 'signed-in') throw new Error('useMe must be used on a signed-in page')
  return state.me
}
