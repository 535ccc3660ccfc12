/**
 * "Wie ist X mit Y verbunden?": two actor fields, one shortest path from `/api/network/path` highlighted on the
 * canvas and told step by step in words, or "Keine Verbindung" with the sizes of both parts of the network.
 */
import type { NetworkPathResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExploreToolsProps, GraphFocus } from '../graph-focus.ts'
import { ActorCombobox, type ChosenActor } from './actor-combobox.tsx'
import { AnalysisVersionNote } from './analysis-version-note.tsx'
import { useAnnounce } from './announcer.tsx'
import { pathQuery } from './explore-queries.ts'
import { PathSteps } from './path-steps.tsx'
import { useActorNames } from './use-actor-names.ts'

const pathFocus = (path: NetworkPathResponse): GraphFocus => ({
  kind: 'path',
  actorIds: path.path,
  relationshipIds: path.steps.flat().map((tie) => tie.id),
})

type Props = Pick<ExploreToolsProps, 'onFocusChange' | 'onSelectActor'> & {
  /** The actor selected in the shared panel, offered as the start. */
  selected: ChosenActor | null
}

export function PathFinder({ onFocusChange, onSelectActor, selected }: Props) {
  const { t } = useTranslation()
  const announce = useAnnounce()
  const [from, setFrom] = useState<ChosenActor | null>(null)
  const [to, setTo] = useState<ChosenActor | null>(null)
  const [asked, setAsked] = useState<{ from: ChosenActor; to: ChosenActor } | null>(null)
  const [hint, setHint] = useState<string | null>(null)
  const path = useQuery({
    ...pathQuery(asked?.from.id ?? '', asked?.to.id ?? ''),
    enabled: asked !== null,
  })
  const names = useActorNames(path.data?.connected === true)
  const answer = asked && path.data?.from === asked.from.id && path.data.to === asked.to.id
  const result = answer ? path.data : undefined

  // Each new answer is focused on the canvas and announced once (not again when the language changes).
  const handled = useRef<unknown>(null)
  useEffect(() => {
    if (!result || !asked || handled.current === result) return
    handled.current = result
    const ends = { from: asked.from.name, to: asked.to.name }
    if (result.connected) {
      onFocusChange(pathFocus(result))
      announce(t('explore.path.announceFound', { ...ends, count: result.length ?? 0 }))
    } else {
      announce(t('explore.path.announceNone', ends))
    }
  }, [result, asked, announce, onFocusChange, t])

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!from || !to) setHint(t('explore.path.chooseBoth'))
    else if (from.id === to.id) setHint(t('explore.path.same'))
    else {
      setHint(null)
      setAsked({ from, to })
    }
  }
  const nameOf = (id: string) =>
    id === asked?.from.id
      ? asked.from.name
      : id === asked?.to.id
        ? asked.to.name
        : (names.data?.get(id) ?? id)

  return (
    <div className="explore-path">
      <form onSubmit={submit} noValidate aria-describedby={hint ? 'path-hint' : undefined}>
        <ActorCombobox
          id="path-from"
          label={t('explore.path.from')}
          chosen={from}
          onChoose={setFrom}
          onAnnounce={announce}
        />
        {selected && selected.id !== from?.id && (
          <button type="button" className="secondary small" onClick={() => setFrom(selected)}>
            {t('explore.path.useSelected')}
          </button>
        )}
        <ActorCombobox
          id="path-to"
          label={t('explore.path.to')}
          chosen={to}
          onChoose={setTo}
          onAnnounce={announce}
        />
        <div className="explore-actions">
          <button type="submit">{t('explore.path.submit')}</button>
          <button
            type="button"
            className="secondary"
            disabled={!from && !to}
            onClick={() => {
              setFrom(to)
              setTo(from)
            }}
          >
            {t('explore.path.swap')}
          </button>
        </div>
        {hint && (
          <p id="path-hint" className="explore-hint" role="alert">
            {hint}
          </p>
        )}
      </form>
      {path.isFetching && !result && <p>{t('explore.loading')}</p>}
      {path.isError && <p role="alert">{t('explore.error')}</p>}
      <AnalysisVersionNote answer={result} />
      {result && asked && !result.connected && (
        <div className="explore-result" data-testid="path-result">
          <h3>{t('explore.path.none')}</h3>
          <p>
            {t('explore.path.noneDetail', {
              from: asked.from.name,
              to: asked.to.name,
              fromSize: result.componentSizes.from,
              toSize: result.componentSizes.to,
            })}
          </p>
        </div>
      )}
      {result?.connected && (
        <div className="explore-result" data-testid="path-result">
          <h3>{t('explore.path.found', { count: result.length ?? 0 })}</h3>
          <p>{t('explore.path.shortestPaths', { count: result.shortestPaths })}</p>
          {names.data ? (
            <PathSteps path={result} nameOf={nameOf} onSelectActor={onSelectActor} />
          ) : (
            <p>{t('explore.loading')}</p>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => onFocusChange(pathFocus(result))}
          >
            {t('explore.path.show')}
          </button>
        </div>
      )}
    </div>
  )
}
