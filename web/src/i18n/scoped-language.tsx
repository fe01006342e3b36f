import { type ReactNode, useCallback, useMemo } from 'react'
import { LanguageContext, type Translate } from './language-provider.tsx'
import { catalogues, type Language } from './messages.ts'
import { useLanguage } from './use-t.ts'

/**
 * Part of a screen in another language than the rest of the app (the consent notice on a tablet
 * handed to the patient), without changing the staff member's own language preference.
 */
export function ScopedLanguage({
  language,
  children,
}: {
  language: Language
  children: ReactNode
}) {
  const outer = useLanguage()
  const t = useCallback<Translate>(
    (key, params) =>
      catalogues[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
        return params?.[name] ?? placeholder
      }),
    [language],
  )
  const value = useMemo(() => ({ ...outer, language, t }), [outer, language, t])
  return <LanguageContext value={value}>{children}</LanguageContext>
}
