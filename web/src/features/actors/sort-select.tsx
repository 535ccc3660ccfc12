/**
 * The order of the list. Arrow keys step through a select one option at a time and each step changes the
 * order at once: the first change while the select has focus adds a history entry, the further steps replace
 * it, so Back returns to the order before the select was touched, not one step of the arrow keys.
 */
import type { actorSortFields, ActorSort } from '@netzwerkatlas/shared'
import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useViewSearch } from '../../view-state/use-view-search.ts'

const SORT_CHOICES = [
  'name',
  '-name',
  'type',
  '-type',
  'place',
  '-place',
  '-connections',
  'connections',
] as const satisfies readonly (
  (typeof actorSortFields)[number] | `-${(typeof actorSortFields)[number]}`
)[]

type SortChoice = (typeof SORT_CHOICES)[number]

export function sortChoiceOf(sort: ActorSort | undefined): SortChoice {
  return sort ? `${sort.descending ? '-' : ''}${sort.field}` : 'name'
}

function sortOfChoice(choice: SortChoice): ActorSort | undefined {
  if (choice === 'name') return undefined
  return {
    field: choice.replace(/^-/, '') as ActorSort['field'],
    descending: choice.startsWith('-'),
  }
}

export function SortSelect() {
  const { t } = useTranslation()
  const id = useId()
  const [search, setSearch] = useViewSearch()
  const changedSinceFocus = useRef(false)
  return (
    <div className="sort-select">
      <label htmlFor={id}>{t('sort.label')}</label>
      <select
        id={id}
        value={sortChoiceOf(search.sort)}
        onFocus={() => (changedSinceFocus.current = false)}
        onBlur={() => (changedSinceFocus.current = false)}
        onChange={(event) => {
          const sort = sortOfChoice(event.target.value as SortChoice)
          void setSearch((current) => ({ ...current, sort }), {
            replace: changedSinceFocus.current,
          })
          changedSinceFocus.current = true
        }}
      >
        {SORT_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`sort.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
