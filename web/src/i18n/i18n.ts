/**
 * i18next set up with German first and English second; the choice is remembered and sets <html lang>. A
 * `lang` parameter in the URL (a shared link) wins over the remembered choice.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { de } from './de.ts'
import { en } from './en.ts'

const STORAGE_KEY = 'netzwerkatlas.language'

function initialLanguage(): 'de' | 'en' {
  const fromUrl = new URLSearchParams(globalThis.location?.search).get('lang')
  const chosen = fromUrl === 'de' || fromUrl === 'en' ? fromUrl : null
  return (chosen ?? globalThis.localStorage?.getItem(STORAGE_KEY)) === 'en' ? 'en' : 'de'
}

export function createI18n() {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'de',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  const applyLanguage = (language: string) => {
    document.documentElement.lang = language
    globalThis.localStorage?.setItem(STORAGE_KEY, language)
  }
  applyLanguage(instance.language)
  instance.on('languageChanged', applyLanguage)
  return instance
}
