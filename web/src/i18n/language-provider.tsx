import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { catalogues, type Language, type MessageKey } from './messages.ts'
import { readStoredLanguage, storeLanguage } from './stored-language.ts'

export type Translate = (key: MessageKey, params?: Record<string, string>) => string

export interface LanguageContextValue {
  language: Language
  setLanguage: (language: Language) => void
  t: Translate
}

export const LanguageContext = createContext<LanguageContextValue | null>(null)

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(readStoredLanguage)

  // <html lang> lets screen readers pick the right voice and browsers pick Devanagari fonts.
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next)
    setLanguageState(next)
  }, [])

  const t = useCallback<Translate>(
    (key, params) => {
      const template = catalogues[language][key]
      if (!params) return template
      return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
        return params[name] ?? placeholder
      })
    },
    [language],
  )

  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t])
  return <LanguageContext value={value}>{children}</LanguageContext>
}
