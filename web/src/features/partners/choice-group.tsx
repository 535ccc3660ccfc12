/** A group of checkboxes from a vocabulary inside a disclosure; its summary says how many are chosen. */
import type { Label } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../api/use-meta.ts'

export function ChoiceGroup({
  caption,
  entries,
  selected,
  onChange,
  invalid,
  errorId,
}: {
  caption: string
  entries: readonly (Label & { id: string })[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
  invalid?: boolean
  errorId?: string
}) {
  const { t } = useTranslation()
  const label = useLabel()
  return (
    <details className="filter-group" open={selected.length > 0 || invalid}>
      <summary>
        {caption}
        {selected.length > 0 && (
          <span className="filter-count">
            {' '}
            ({t('partners.selected', { count: selected.length })})
          </span>
        )}
      </summary>
      <fieldset aria-describedby={invalid ? errorId : undefined}>
        <legend className="visually-hidden">{caption}</legend>
        {entries.map((entry) => (
          <label key={entry.id} className="check-option">
            <input
              type="checkbox"
              checked={selected.includes(entry.id)}
              onChange={(event) =>
                onChange(
                  // The vocabulary's order, so the URL does not depend on the order of clicks.
                  entries
                    .map((each) => each.id)
                    .filter((id) =>
                      id === entry.id ? event.target.checked : selected.includes(id),
                    ),
                )
              }
            />
            <span>{label(entry)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  )
}
