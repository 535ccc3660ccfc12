/** The facts of one actor as a description list: type, topics, place, dates, offers and needs, provenance. */
import type { Actor } from '@netzwerkatlas/shared'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../api/use-meta.ts'
import { placeLabel } from './place-label.ts'

function formatEventDate(date: string, time: string | null, language: string) {
  const locale = language === 'en' ? 'en-GB' : 'de-DE'
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  )
  return time ? `${day}, ${time}` : day
}

/** `place` is the API's place in words: the address city, else the municipality's name. */
export function ActorFacts({ actor, place: apiPlace }: { actor: Actor; place: string | null }) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()
  const termLabel = (list: keyof NonNullable<typeof meta>['taxonomies'], id: string) => {
    const term = meta?.taxonomies[list].find((entry) => entry.id === id)
    return term ? label(term.label) : id
  }
  const address = actor.address
    ? [
        [actor.address.street, actor.address.houseNumber].filter(Boolean).join(' '),
        [actor.address.postcode, actor.address.city].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', ')
    : null
  const place = placeLabel({ ...actor, city: apiPlace }, meta?.districts, t('actors.placeUnknown'))
  const facts: [string, ReactNode][] = [
    [
      t('actors.type'),
      `${termLabel('actorTypes', actor.type)} · ${termLabel('kinds', actor.kind)}`,
    ],
    [t('detail.description'), german(actor.description)],
    [
      t('detail.topics'),
      actor.topics.map((topic) => termLabel('topics', topic)).join(', ') || null,
    ],
    [t('actors.place'), place === t('actors.placeUnknown') ? place : german(place)],
    [t('detail.address'), german(address)],
    [
      t('detail.locationPrecision'),
      actor.location
        ? termLabel('locationPrecisions', actor.location.precision)
        : t('actors.placeUnknown'),
    ],
    [
      t('detail.date'),
      actor.startDate ? formatEventDate(actor.startDate, actor.startTime, i18n.language) : null,
    ],
    [t('detail.stage'), actor.stage ? termLabel('projectStages', actor.stage) : null],
    [
      t('detail.website'),
      actor.website ? (
        <a href={actor.website} rel="noopener noreferrer nofollow">
          {actor.website}
        </a>
      ) : null,
    ],
    [
      t('detail.offers'),
      joinParts(
        actor.offers.map((id) => termLabel('offersNeeds', id)).join(', '),
        german(actor.offersText),
      ),
    ],
    [
      t('detail.needs'),
      joinParts(
        actor.needs.map((id) => termLabel('offersNeeds', id)).join(', '),
        german(actor.needsText),
      ),
    ],
  ]
  const provenance: [string, ReactNode][] = [
    [
      t('detail.source'),
      actor.provenance.sourceUrl ? (
        <a href={actor.provenance.sourceUrl} rel="noopener noreferrer">
          <span lang="de">{actor.provenance.source}</span>
        </a>
      ) : (
        german(actor.provenance.source)
      ),
    ],
    [t('detail.licence'), actor.provenance.licence],
    [t('detail.note'), german(actor.provenance.note)],
    [t('detail.locationCredit'), actor.location?.attribution ?? null],
  ]
  return (
    <>
      {actor.provenance.synthetic && (
        <p className="badge synthetic-note">{t('detail.synthetic')}</p>
      )}
      <FactList facts={facts} />
      <h3>{t('detail.provenance')}</h3>
      <FactList facts={provenance} />
    </>
  )
}

/** A record text: German, whatever the interface language, so screen readers pronounce it right. */
function german(text: string | null | undefined): ReactNode {
  return text ? <span lang="de">{text}</span> : null
}

function joinParts(vocabulary: string, text: ReactNode): ReactNode {
  if (!vocabulary) return text
  if (!text) return vocabulary
  return (
    <>
      {vocabulary} – {text}
    </>
  )
}

function FactList({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {facts
        .filter(([, value]) => value !== null && value !== '')
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}
