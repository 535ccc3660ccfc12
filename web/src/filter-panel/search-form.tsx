/**
 * The search box. Keyed by the URL's text where it is used, so back, forward and shared links put their text
 * into the box (a new key starts the box afresh from the URL). The text applies on submit, not per keystroke.
 */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../view-state/use-view-search.ts'

export function SearchForm() {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useViewSearch()
  const [text, setText] = useState(search.text ?? '')
  const submitText = (event: FormEvent) => {
    event.preventDefault()
    void setSearch((current) => ({ ...current, text: text.trim() || undefined }))
  }
  return (
    <form role="search" onSubmit={submitText}>
      <label htmlFor={id}>{t('filters.text')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t('filters.textPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">{t('filters.apply')}</button>
      </div>
    </form>
  )
}
