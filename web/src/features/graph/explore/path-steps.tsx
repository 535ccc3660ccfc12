/**
 * A path told in words, one list item per step: "TELUX — kooperiert mit — Stadtverwaltung Weißwasser (seit
 * 2019)"; where two actors have several relationships, each is named. Actor names select the actor.
 */
import type { NetworkPathResponse } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'
import { phraseKey, sinceYear } from './relationship-phrases.ts'

interface Props {
  path: NetworkPathResponse
  nameOf: (id: string) => string
  onSelectActor: (id: string) => void
}

export function PathSteps({ path, nameOf, onSelectActor }: Props) {
  const { t } = useTranslation()
  const actor = (id: string) => (
    <button type="button" className="explore-link" lang="de" onClick={() => onSelectActor(id)}>
      {nameOf(id)}
    </button>
  )
  return (
    <ol className="explore-path-steps" aria-label={t('explore.path.stepsCaption')}>
      {path.steps.map((ties, index) => {
        const fromId = path.path[index]!
        const toId = path.path[index + 1]!
        return (
          <li key={`${fromId}-${toId}`} data-step={index}>
            {actor(fromId)}
            {' — '}
            {ties.map((tie, tieIndex) => {
              const year = sinceYear(tie)
              return (
                <span key={tie.id} className="explore-tie" data-relationship={tie.id}>
                  {tieIndex > 0 && '; '}
                  {t(phraseKey(tie, fromId))}
                  {year !== null && ` (${t('explore.path.since', { year })})`}
                </span>
              )
            })}
            {' — '}
            {actor(toId)}
          </li>
        )
      })}
    </ol>
  )
}
