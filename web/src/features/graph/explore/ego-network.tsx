/**
 * The selected actor's ego network from `/api/network/ego/{id}`: its partners (1 step) or also theirs (2 steps),
 * listed by distance and name; each partner selects that actor, and the canvas can bring the whole ego forward.
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExploreToolsProps } from '../graph-focus.ts'
import { AnalysisVersionNote } from './analysis-version-note.tsx'
import { useAnnounce } from './announcer.tsx'
import { egoQuery } from './explore-queries.ts'

type Props = Pick<ExploreToolsProps, 'focus' | 'onFocusChange' | 'onSelectActor'> & {
  actorId: string | undefined
}

const germanOrder = new Intl.Collator('de')

export function EgoNetwork({ actorId, focus, onFocusChange, onSelectActor }: Props) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const [steps, setSteps] = useState<1 | 2>(1)
  const ego = useQuery({ ...egoQuery(actorId ?? '', steps), enabled: actorId !== undefined })
  const data =
    ego.data && ego.data.ego === actorId && ego.data.depth === steps ? ego.data : undefined
  const rings = useMemo(() => {
    const alters = (data?.nodes ?? []).filter((node) => node.distance > 0)
    alters.sort((a, b) => a.distance - b.distance || germanOrder.compare(a.name, b.name))
    return [1, 2].map((distance) => alters.filter((node) => node.distance === distance))
  }, [data])
  const partners = rings[0]!.length + rings[1]!.length
  const centreName = data?.nodes.find((node) => node.distance === 0)?.name ?? ''
  const isShown = focus.kind === 'ego' && focus.centreId === actorId && focus.steps === steps

  const announced = useRef<unknown>(null)
  useEffect(() => {
    if (!data || announced.current === data) return
    announced.current = data
    announce(t('explore.ego.announce', { name: centreName, count: partners, steps }))
  }, [data, centreName, partners, steps, announce, t])

  // While the ego is on the canvas, a change of the centre or the reach follows there too.
  useEffect(() => {
    if (data && focus.kind === 'ego' && (focus.centreId !== data.ego || focus.steps !== steps))
      onFocusChange(egoFocus(data.ego, steps, data.nodes))
  }, [data, focus, steps, onFocusChange])

  if (!actorId) return <p className="explore-hint">{t('explore.ego.noSelection')}</p>
  return (
    <div className="explore-ego">
      <fieldset className="explore-choice">
        <legend>{t('explore.ego.steps')}</legend>
        {([1, 2] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="ego-steps"
              value={value}
              checked={steps === value}
              onChange={() => setSteps(value)}
            />
            {t(value === 1 ? 'explore.ego.step1' : 'explore.ego.step2')}
          </label>
        ))}
      </fieldset>
      {ego.isPending && <p>{t('explore.loading')}</p>}
      {ego.isError && <p role="alert">{t('explore.error')}</p>}
      {data && (
        <>
          <AnalysisVersionNote answer={data} />
          <h3>{t('explore.ego.summary', { name: centreName, count: partners })}</h3>
          <button
            type="button"
            className="secondary"
            aria-pressed={isShown}
            onClick={() =>
              onFocusChange(isShown ? { kind: 'none' } : egoFocus(data.ego, steps, data.nodes))
            }
          >
            {t('explore.ego.show')}
          </button>
          {partners === 0 && <p>{t('explore.ego.none')}</p>}
          {rings.map(
            (ring, index) =>
              ring.length > 0 && (
                <section key={index} aria-labelledby={`ego-ring-${index + 1}`}>
                  <h4 id={`ego-ring-${index + 1}`}>
                    {t(index === 0 ? 'explore.ego.distance1' : 'explore.ego.distance2', {
                      count: ring.length,
                    })}
                  </h4>
                  <ul className="explore-actor-list" data-testid={`ego-ring-${index + 1}`}>
                    {ring.map((node) => (
                      <li key={node.id} data-actor={node.id}>
                        <button
                          type="button"
                          className="explore-link"
                          lang="de"
                          onClick={() => onSelectActor(node.id)}
                        >
                          {node.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ),
          )}
        </>
      )}
    </div>
  )
}

function egoFocus(centreId: string, steps: 1 | 2, nodes: readonly { id: string }[]) {
  return { kind: 'ego', centreId, steps, actorIds: nodes.map((node) => node.id) } as const
}
