import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { type Me, MeSchema } from '../../../../shared/contracts/auth.ts'
import { ApiError, api, hasSessionCookie, setUnauthenticatedHandler } from '../../lib/api.ts'

export type SessionState =
  | { kind: 'loading' }
  | {
      kind: 'signed-out'
      /** none: no session to begin with; expired: ended by the server; signed-out: by the person. */
      reason: 'none' | 'expired' | 'signed-out'
    }
  | { kind: 'signed-in'; me: Me }
  | { kind: 'unreachable' }

export interface SessionContextValue {
  state: SessionState
  /** After sign-up, sign-in or accepting an invitation: the answer is the new Me. */
  signedIn: (me: Me) => void
  /** Reads /me again (after changing settings or two-factor). */
  refresh: () => Promise<void>
  signOut: (everywhere?: boolean) => Promise<void>
}

export const SessionContext = createContext<SessionContextValue | null>(null)

async function loadMe(): Promise<SessionState> {
  // Without the csrf cookie there is no session, so a first visit asks nothing and logs no 401.
  if (!hasSessionCookie()) return { kind: 'signed-out', reason: 'none' }
  try {
    return { kind: 'signed-in', me: await api('/me', { schema: MeSchema, isSignInAttempt: true }) }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { kind: 'signed-out', reason: 'none' }
    }
    return { kind: 'unreachable' }
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' })

  useEffect(() => {
    let isCurrent = true
    void loadMe().then((next) => {
      if (isCurrent) setState(next)
    })
    // A 401 on a signed-in request means the session ended (idle, revoked, deactivated).
    setUnauthenticatedHandler(() => {
      setState((current) =>
        current.kind === 'signed-in' ? { kind: 'signed-out', reason: 'expired' } : current,
      )
    })
    return () => {
      isCurrent = false
    }
  }, [])

  // Whatever the last person read (patients, notes) must not be shown to whoever signs in next.
  // Only on leaving a session: clearing while pages are still reading (the first load, public
  // pages) would cancel their reads and leave them loading for ever.
  const queryClient = useQueryClient()
  const isSignedIn = state.kind === 'signed-in'
  const wasSignedIn = useRef(false)
  useEffect(() => {
    if (wasSignedIn.current && !isSignedIn) queryClient.clear()
    wasSignedIn.current = isSignedIn
  }, [isSignedIn, queryClient])

  const signedIn = useCallback((me: Me) => setState({ kind: 'signed-in', me }), [])
  const refresh = useCallback(async () => setState(await loadMe()), [])
  const signOut = useCallback(
    async (everywhere = false) => {
      // The screen's reads still on their way would reach a session that has just ended and
      // answer 401 (the server takes requests side by side): stop them first.
      await queryClient.cancelQueries()
      try {
        await api(everywhere ? '/auth/logout-everywhere' : '/auth/logout', { method: 'POST' })
      } catch (error) {
        // Already signed out on the server counts as success; anything else leaves the session
        // open, and the screen reads again what was stopped.
        if (!(error instanceof ApiError && error.status === 401)) {
          void queryClient.refetchQueries({ type: 'active' })
          throw error
        }
      }
      setState({ kind: 'signed-out', reason: 'signed-out' })
    },
    [queryClient],
  )

  const value = useMemo(
    () => ({ state, signedIn, refresh, signOut }),
    [state, signedIn, refresh, signOut],
  )
  return <SessionContext value={value}>{children}</SessionContext>
}
