/** One result: name (opens its details beside the map), score, distance, reasons, and the public contact. */
import { actorTypes, type PartnerResult } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../api/use-meta.ts'

export function PartnerCard({ result, selected }: { result: PartnerResult; selected: boolean }) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { actor } = result
  const sentence = (reason: { de: string; en: string }) =>
    i18n.language === 'en' ? reason.en : reason.de
  const headingId = `partner-${actor.id}`
  return (
    <article className="partner-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link
          to="."
          lang="de"
          data-partner-link={actor.id}
          aria-current={selected || undefined}
          search={(previous: Record<string, unknown>) => ({ ...previous, actor: actor.id })}
        >
          {actor.name}
        </Link>
      </h3>
      <p className="partner-facts">
        <span>{label(actorTypes.labels[actor.type])}</span>
        {actor.city && <span lang="de">{actor.city}</span>}
        <strong>{t('partners.score', { score: result.score })}</strong>
      </p>
      <h4 className="visually-hidden">{t('partners.reasons')}</h4>
      <ul className="partner-reasons" aria-label={t('partners.reasons')}>
        {result.reasons.map((reason) => (
          <li key={reason.kind}>
            {sentence(reason)}{' '}
            <span className="qualifier">{t('partners.points', { points: reason.weight })}</span>
          </li>
        ))}
      </ul>
      <h4>{t('partners.contact')}</h4>
      {actor.contact?.email || actor.contact?.phone || actor.website ? (
        <ul className="partner-contact">
          {actor.contact?.email && (
            <li>
              {t('partners.email')}:{' '}
              <a href={`mailto:${actor.contact.email}`}>{actor.contact.email}</a>
            </li>
          )}
          {actor.contact?.phone && (
            <li>
              {t('partners.phone')}:{' '}
              <a href={`tel:${actor.contact.phone.replace(/\s+/g, '')}`}>{actor.contact.phone}</a>
            </li>
          )}
          {actor.website && (
            <li>
              {t('partners.website')}: <a href={actor.website}>{actor.website}</a>
            </li>
          )}
        </ul>
      ) : (
        <p>{t('partners.noContact')}</p>
      )}
    </article>
  )
}
