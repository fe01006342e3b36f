/**
 * A small seeded generator (mulberry32), so a fuzz failure reproduces with the
 * same seed: `FUZZ_SEED=1234 npx vitest run …`.
 */
export interface Random {
  readonly seed: number
  /** A float in [0, 1). */
  next(): number
  /** Up to `count` distinct items, in a seeded order. */
  pick<T>(items: readonly T[], count: number): T[]
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    seed,
    next,
    pick<T>(items: readonly T[], count: number): T[] {
      const copy = [...items]
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1))
        const item = copy[index] as T
        copy[index] = copy[other] as T
        copy[other] = item
      }
      return copy.slice(0, count)
    },
  }
}
