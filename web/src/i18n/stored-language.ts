import { isLanguage, type Language } from './messages.ts'

const storageKey = 'niramaya.language'

// localStorage can throw (storage disabled by policy, private windows on some browsers). The
// language choice is a convenience, so failures fall back to English rather than breaking the app.
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey)
    return isLanguage(stored) ? stored : 'en'
  } catch {
    return 'en'
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language)
  } catch {
    // Note: not persisting is acceptable; the choice still applies for this session.
  }
}
