/** The graph's drawing choices (size, colour, layout: kept in the URL) and what is drawn, in numbers. */
import { useTranslation } from 'react-i18next'
import {
  layoutChoices,
  nodeColourChoices,
  nodeSizeChoices,
  type GraphChoices,
  type GraphSearchChange,
} from './graph-choices.ts'

interface Props {
  choices: GraphChoices
  onChange: (change: GraphSearchChange) => void
  canArrangeFocus: boolean
  onArrangeFocus: () => void
  shown: { actors: number; ties: number } | undefined
  year: number | undefined
  isGrouped: boolean
  onGroupedChange: (grouped: boolean) => void
}

export function GraphToolbar({
  choices,
  onChange,
  canArrangeFocus,
  onArrangeFocus,
  shown,
  year,
  isGrouped,
  onGroupedChange,
}: Props) {
  const { t, i18n } = useTranslation()
  return (
    <div className="graph-toolbar">
      <fieldset className="graph-choices">
        <legend>{t('graph.choices')}</legend>
        <label>
          {t('graph.nodeSize')}{' '}
          <select
            value={choices.nodeSize}
            onChange={(event) =>
              onChange({ nodeSize: event.target.value as GraphChoices['nodeSize'] })
            }
          >
            {nodeSizeChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`graph.size_${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('graph.nodeColour')}{' '}
          <select
            value={choices.nodeColour}
            onChange={(event) =>
              onChange({ nodeColour: event.target.value as GraphChoices['nodeColour'] })
            }
          >
            {nodeColourChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`graph.colour_${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('graph.layout')}{' '}
          <select
            value={choices.layout}
            onChange={(event) => onChange({ layout: event.target.value as GraphChoices['layout'] })}
          >
            {layoutChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(`graph.layout_${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={isGrouped}
            onChange={(event) => onGroupedChange(event.target.checked)}
          />{' '}
          {t('graph.grouped')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={choices.webgl}
            onChange={(event) => onChange({ renderer: event.target.checked ? 'webgl' : undefined })}
          />{' '}
          {t('graph.webgl')}
        </label>
        {canArrangeFocus && (
          <button type="button" className="secondary" onClick={onArrangeFocus}>
            {t('graph.arrangeFocus')}
          </button>
        )}
      </fieldset>
      {shown && !isGrouped && (
        <p className="graph-counts">
          {t('graph.shown', {
            count: shown.actors,
            shown: shown.actors.toLocaleString(i18n.language),
            edges: shown.ties.toLocaleString(i18n.language),
          })}
          {year !== undefined && ` · ${t('graph.inYear', { year })}`}
        </p>
      )}
    </div>
  )
}
