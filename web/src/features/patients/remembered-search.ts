// The last search, kept in memory only (not the URL, not storage) so that coming back from a
// patient shows the same results. It belongs to the person who typed it and is gone on reload.
let remembered: { userId: string; query: string } | null = null

export function rememberedSearch(userId: string): string {
  return remembered?.userId === userId ? remembered.query : ''
}

export function rememberSearch(userId: string, query: string): void {
  remembered = { userId, query }
}
