import { useCallback, useState } from 'react'

/**
 * The outcome line of a set-up list: after a change (added, renamed, taken out of use) the list
 * is loaded again and the status says what happened; a refusal is kept to show as an error.
 */
export function useSetupChange(reload: () => Promise<void>) {
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [isSending, setSending] = useState(false)

  /** After a form has saved: reload and announce. */
  const done = useCallback(
    async (message: string) => {
      setError(null)
      await reload()
      setStatus(message)
    },
    [reload],
  )

  /** A change made by a button, not a form (taking something out of use). */
  const run = useCallback(
    async (work: () => Promise<unknown>, message: string) => {
      setSending(true)
      setError(null)
      setStatus(null)
      try {
        await work()
        await done(message)
      } catch (failure) {
        setError(failure)
      } finally {
        setSending(false)
      }
    },
    [done],
  )

  return { status, error, isSending, done, run }
}
