import { useId } from 'react'
import { isLanguage, languageNames, languages } from '../i18n/messages.ts'
import { useLanguage } from '../i18n/use-t.ts'

export function LanguageSelect() {
  const { language, setLanguage, t } = useLanguage()
  const id = useId()
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value)
        }}
      >
        {languages.map((option) => (
          <option key={option} value={option} lang={option}>
            {languageNames[option]}
          </option>
        ))}
      </select>
    </div>
  )
}
