/**
 * The place field: an ARIA 1.2 combobox with a list of places from `GET /api/places` as one types. Arrow keys
 * move through the list, Enter takes the active place, Escape closes it; typing on is always allowed.
 */
import { placePrecisions } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { placesQuery } from '../../api/partner-queries.ts'
import { useLabel } from '../../api/use-meta.ts'

const LISTBOX_ID = 'partner-place-options'
const optionId = (index: number) => `partner-place-option-${index}`

function useDebounced(value: string, delayMs: number) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

export function PlaceCombobox({
  value,
  onChange,
  invalid,
  describedBy,
}: {
  value: string
  onChange: (value: string) => void
  invalid: boolean
  describedBy: string
}) {
  const { t } = useTranslation()
  const label = useLabel()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useDebounced(value, 150)
  const places = useQuery({ ...placesQuery(typed), enabled: open && typed.trim().length > 0 })
  const options = open ? (places.data?.places ?? []) : []
  const expanded = options.length > 0

  const choose = (index: number) => {
    const place = options[index]
    if (!place) return
    onChange(place.label)
    setOpen(false)
    setActive(-1)
  }
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((current) => (options.length ? (current + 1) % options.length : -1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((current) =>
        options.length ? (current - 1 + options.length) % options.length : -1,
      )
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Enter takes the highlighted place; with none highlighted it submits the form.
      event.preventDefault()
      choose(active)
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <div className="combobox">
      <input
        id="partner-place"
        name="place"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={LISTBOX_ID}
        role="listbox"
        aria-label={t('partners.placeOptions')}
        className="combobox-options"
        hidden={!expanded}
      >
        {options.map((place, index) => (
          <li
            key={place.ref}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // Keep the focus in the field: a click chooses before the field's blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            {place.label}{' '}
            <span className="qualifier">({label(placePrecisions.labels[place.precision])})</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {open && typed.trim() && places.isSuccess
          ? expanded
            ? t('partners.placeOptionCount', { count: options.length })
            : t('partners.noPlaceOptions')
          : ''}
      </p>
    </div>
  )
}
