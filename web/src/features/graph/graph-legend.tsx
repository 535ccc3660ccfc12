/**
 * The legend of the graph: shapes (and colours) of the actor types, the community colours, the ties' colours
 * and line patterns, arrows, and what the size means. Drawn from the same symbols as the canvas.
 */
import { relationshipTypes } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import { relationshipColour } from '../../ui/actor-symbols.ts'
import type { GraphChoices } from './graph-choices.ts'
import {
  actorTypeIds,
  colourOfType,
  lineStyleOf,
  OTHER_COMMUNITY_COLOUR,
  shapeOfType,
} from './graph-symbols.ts'

interface LegendCommunity {
  id: number
  name: string
  colour: string
}

interface Props {
  choices: GraphChoices
  communities: LegendCommunity[]
  /** Relationship types among the drawn ties. */
  tieTypes: ReadonlySet<string>
}

function ShapeIcon({ type, fill }: { type: string; fill: string }) {
  const polygon = shapeOfType(type)
  const points = polygon?.map((value) => (value * 7).toFixed(1)).join(' ')
  return (
    <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={fill} stroke="#1b1b1b" strokeWidth="1" />
      ) : (
        <circle r="7" fill={fill} stroke="#1b1b1b" strokeWidth="1" />
      )}
    </svg>
  )
}

const dashes = { solid: undefined, dashed: '6 3', dotted: '1.5 3' } as const

export function GraphLegend({ choices, communities, tieTypes }: Props) {
  const { t } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const termLabel = (list: 'actorTypes' | 'relationshipTypes', id: string) => {
    const term = meta?.taxonomies[list].find((entry) => entry.id === id)
    return term ? label(term.label) : id
  }
  const byType = choices.nodeColour === 'type'
  const shownCommunities = communities.filter((c) => c.colour !== OTHER_COMMUNITY_COLOUR)
  return (
    <section className="graph-legend" aria-labelledby="graph-legend-heading">
      <h2 id="graph-legend-heading">{t('graph.legend')}</h2>
      <div className="graph-legend-groups">
        <div>
          <h3>{t('graph.legendTypes')}</h3>
          <ul className="legend-list">
            {actorTypeIds.map((type) => (
              <li key={type}>
                <ShapeIcon type={type} fill={byType ? colourOfType(type) : '#ffffff'} />
                {termLabel('actorTypes', type)}
              </li>
            ))}
          </ul>
        </div>
        {!byType && (
          <div>
            <h3>{t('graph.legendCommunities')}</h3>
            <ul className="legend-list">
              {shownCommunities.map((community) => (
                <li key={community.id}>
                  <span
                    className="legend-swatch"
                    style={{ background: community.colour }}
                    aria-hidden="true"
                  />
                  <span lang="de">{community.name}</span>
                </li>
              ))}
              {communities.length > shownCommunities.length && (
                <li>
                  <span
                    className="legend-swatch"
                    style={{ background: OTHER_COMMUNITY_COLOUR }}
                    aria-hidden="true"
                  />
                  {t('graph.otherCommunities')}
                </li>
              )}
            </ul>
          </div>
        )}
        <div>
          <h3>{t('graph.legendTies')}</h3>
          <ul className="legend-list">
            {relationshipTypes.ids
              .filter((type) => tieTypes.has(type))
              .map((type) => (
                <li key={type}>
                  <svg width="28" height="10" aria-hidden="true">
                    <line
                      x1="1"
                      y1="5"
                      x2="27"
                      y2="5"
                      stroke={relationshipColour(type)}
                      strokeWidth="2.5"
                      strokeDasharray={dashes[lineStyleOf(type)]}
                    />
                  </svg>
                  {termLabel('relationshipTypes', type)}
                </li>
              ))}
          </ul>
          <p>{t('graph.legendArrow')}</p>
          <p>
            {t('graph.legendSize', {
              metric: t(`graph.size_${choices.nodeSize}`),
            })}
          </p>
          <p>{t('graph.legendLabels')}</p>
        </div>
      </div>
    </section>
  )
}
