// Reset and invitation links carry their secret in the URL fragment (#token=…), which browsers
// never send to a server. Once read, it is removed from the address bar so it does not linger in
// history, bookmarks or a screenshot of the screen.

/** The token in location.hash, without side effects (safe in a useState initialiser). */
export function readFragmentToken(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token')
  return token?.trim() ? token.trim() : null
}

/** Drops the fragment from the address bar, keeping the router's history state. */
export function clearFragment(): void {
  if (!window.location.hash) return
  const { pathname, search } = window.location
  window.history.replaceState(window.history.state, '', `${pathname}${search}`)
}
