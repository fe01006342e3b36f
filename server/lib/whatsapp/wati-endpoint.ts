/**
 * The one address a clinic types in for its WhatsApp provider is Wati's tenant endpoint (from its
 * Wati dashboard, e.g. https://live-mt-server.wati.io/123456). The server then calls it with the
 * clinic's token, so an address of the clinic's choosing would let anyone who manages messaging
 * make the server call any host: its cloud metadata service, the database, the clinic's router
 * (server-side request forgery, OWASP A10:2021). Only https on a host under wati.io, on the
 * default port, without user info, is accepted; plus, exactly, one origin the operator names
 * (WATI_ALLOWED_ORIGIN: a local fake in tests, a self-hoster's egress proxy). Requests to it never
 * follow redirects (postJson uses redirect: 'error'), so an accepted host cannot bounce the call
 * elsewhere.
 */
export function normalizeWatiEndpoint(
  endpoint: string,
  allowedOrigin: string | undefined,
): string | undefined {
  let url: URL
  try {
    url = new URL(endpoint.trim())
  } catch {
    return undefined
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return undefined
  }
  const isWati =
    url.protocol === 'https:' &&
    url.port === '' &&
    /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.wati\.io$/.test(
      url.hostname,
    )
  if (!isWati && url.origin !== allowedOrigin) return undefined
  // Wati's endpoints carry the account number as their path: /123456.
  if (!/^(\/[A-Za-z0-9._-]{1,64}){0,3}\/?$/.test(url.pathname)) return undefined
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}
