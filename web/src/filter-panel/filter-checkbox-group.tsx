/**
 * One multi-select filter as a group of checkboxes inside a disclosure: the summary names the filter and how
 * many values are chosen, the fieldset's legend labels the group for screen readers. Open at first when the
 * URL already chooses something, so the view shows exactly what the link says.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface FilterOption {
  value: string
  text: string
  /** Extra words that tell two equal texts apart, e.g. "(Landkreis)". */
  qualifier?: string
  /** The language of `text` when it is a German record text, not a vocabulary label. */
  lang?: string
}

export function FilterCheckboxGroup({
  caption,
  options,
  selected,
  onChange,
}: {
  caption: string
  options: FilterOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
}) {
  const { t } = useTranslation()
  const [initiallyOpen] = useState(selected.length > 0)
  const toggle = (value: string, checked: boolean) =>
    onChange(
      // Keep the vocabulary's order, so the URL does not depend on the order of clicks.
      options
        .map((option) => option.value)
        .filter((each) => (each === value ? checked : selected.includes(each))),
    )
  return (
    <details className="filter-group" open={initiallyOpen}>
      <summary>
        {caption}
        {selected.length > 0 && (
          <span className="filter-count">
            {' '}
            ({t('filters.selected', { count: selected.length })})
          </span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{caption}</legend>
        {options.map((option) => (
          <label key={option.value} className="check-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span lang={option.lang}>{option.text}</span>
            {option.qualifier && <span className="qualifier"> {option.qualifier}</span>}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
