/**
 * Picks the content coding to answer with: of the `offered` codings (best
 * first), the one the Accept-Encoding header rates highest, ties going to the
 * earlier offer; undefined when none is acceptable, so the plain file is sent.
 * Honours q-values (`br;q=0` refuses brotli) and `*`, per RFC 9110 §12.5.3.
 */
export function preferredEncoding(
  header: string | undefined,
  offered: readonly string[],
): string | undefined {
  if (!header) return undefined
  const ratings = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim())
    if (name === '') continue
    const q = parameters.find((parameter) => /^q=/i.test(parameter))
    const quality = q === undefined ? 1 : Number(q.slice(2))
    ratings.set(name.toLowerCase(), Number.isFinite(quality) ? quality : 0)
  }
  let best: string | undefined
  let bestQuality = 0
  for (const coding of offered) {
    const quality = ratings.get(coding) ?? ratings.get('*') ?? 0
    if (quality > bestQuality) {
      best = coding
      bestQuality = quality
    }
  }
  return best
}
