import { useContext } from 'react'
import { LanguageContext, type LanguageContextValue, type Translate } from './language-provider.tsx'

export function useLanguage(): LanguageContextValue {
  const context = useContext(LanguageContext)
  if (!context) throw new Error('useLanguage must be used inside <LanguageProvider>')
  return context
}

/** The translate function for the current language: `t('nav.patients')`. */
export function useT(): Translate {
  return useLanguage().t
}
