/**
 * A field to choose one actor: the ARIA 1.2 combobox of the partner finder's place field (same keys, same
 * classes), with actors from the list's text search as one types. Arrow keys move through the list, Enter or a
 * click takes the active actor, Escape closes it. Typing on after a choice clears it until another is taken.
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { actorSearchQuery } from './explore-queries.ts'

export interface ChosenActor {
  id: string
  name: string
}

function useDebounced(value: string, delayMs: number) {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

interface ActorComboboxProps {
  /** The input's id; its `<label>` and the option ids derive from it. */
  id: string
  label: string
  chosen: ChosenActor | null
  onChoose: (actor: ChosenActor | null) => void
  /** Reports how many actors are offered (to the tools' one live region). */
  onAnnounce: (text: string) => void
}

export function ActorCombobox({ id, label, chosen, onChoose, onAnnounce }: ActorComboboxProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(chosen?.name ?? '')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useDebounced(text.trim(), 200)
  const search = useQuery({ ...actorSearchQuery(typed), enabled: open && typed.length > 0 })
  const options = open && typed.length > 0 ? (search.data?.items ?? []) : []
  const expanded = options.length > 0
  const listboxId = `${id}-options`
  const optionId = (index: number) => `${id}-option-${index}`

  // A choice made elsewhere (swap, "take the selected actor") shows in the field: adjusted while rendering.
  const [shownChoice, setShownChoice] = useState(chosen)
  if (chosen !== shownChoice) {
    setShownChoice(chosen)
    setText(chosen?.name ?? '')
  }

  const settled = open && typed.length > 0 && search.isSuccess && !search.isPlaceholderData
  const count = settled ? options.length : undefined
  useEffect(() => {
    if (count === undefined) return
    onAnnounce(
      count > 0 ? t('explore.combobox.optionCount', { count }) : t('explore.combobox.noOptions'),
    )
  }, [count, typed, onAnnounce, t])

  const choose = (index: number) => {
    const actor = options[index]
    if (!actor) return
    const choice = { id: actor.id, name: actor.name }
    setShownChoice(choice)
    onChoose(choice)
    setText(actor.name)
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
      // Enter takes the highlighted actor; with none highlighted it submits the form.
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
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          if (chosen) {
            setShownChoice(null)
            onChoose(null)
          }
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('explore.combobox.options', { field: label })}
        className="combobox-options"
        hidden={!expanded}
      >
        {options.map((actor, index) => (
          <li
            key={actor.id}
            id={optionId(index)}
            data-actor={actor.id}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            // Keep the focus in the field: a click chooses before the field's blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span lang="de">{actor.name}</span>
            {actor.city && <span className="qualifier"> ({actor.city})</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
