/**
 * Switches between German and English; a real button per language, the current one marked as pressed. The
 * language is part of the URL (`?lang=en`), so a shared link opens in it; back and forward follow it too.
 */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../../view-state/use-view-search.ts'

const LANGUAGE_NAMES = { de: 'Deutsch', en: 'English' } as const

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const [search, setSearch] = useViewSearch()

  useEffect(() => {
    if (search.lang && search.lang !== i18n.language) void i18n.changeLanguage(search.lang)
  }, [search.lang, i18n])

  return (
    <div role="group" aria-label={t('app.languageSwitch')} className="language-switch">
      {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => {
            void i18n.changeLanguage(language)
            void setSearch((current) => ({ ...current, lang: language }), { replace: true })
          }}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  )
}
