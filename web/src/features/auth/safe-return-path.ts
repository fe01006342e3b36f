// Only paths inside this app are followed after sign-in: "//evil.example" or a full URL would
// turn the sign-in page into an open redirect.
export function safeReturnPath(from: string | undefined): string {
  if (from === undefined || !from.startsWith('/')) return '/'
  if (from.startsWith('//') || from.startsWith('/\\') || from === '/login') return '/'
  return from
}
