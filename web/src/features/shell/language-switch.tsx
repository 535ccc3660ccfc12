/** Switches between German and English; a real button per language, the current one marked as pressed. */
import { useTranslation } from 'react-i18next'

const LANGUAGE_NAMES = { de: 'Deutsch', en: 'English' } as const

export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <div role="group" aria-label={t('app.languageSwitch')} className="language-switch">
      {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {LANGUAGE_NAMES[language]}
        </button>
      ))}
    </div>
  )
}
