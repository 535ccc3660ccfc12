/**
 * The Louvain communities of `/api/network/communities`, largest first, by their readable names ("Leipzig ·
 * Bildung"): each expands to its figures, its strongest links and its members, and can be shown on the canvas.
 * Actors without ties form a community each; they are counted, not listed.
 */
import type { NetworkCommunitiesResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../../api/use-meta.ts'
import type { ExploreToolsProps } from '../graph-focus.ts'
import { AnalysisVersionNote } from './analysis-version-note.tsx'
import { useAnnounce } from './announcer.tsx'
import { useActorNames } from './use-actor-names.ts'
import { graphCommunitiesQuery } from '../graph-queries.ts'

type Community = NetworkCommunitiesResponse['communities'][number]
type Props = Pick<ExploreToolsProps, 'focus' | 'onFocusChange' | 'onSelectActor'>

/** Communities listed at first and added by "more"; members shown before "all members". */
const COMMUNITIES_PAGE = 10
const MEMBERS_PAGE = 25

export function CommunityList(props: Props) {
  const { t, i18n } = useTranslation()
  const communities = useQuery(graphCommunitiesQuery())
  const [shown, setShown] = useState(COMMUNITIES_PAGE)
  if (communities.isPending) return <p>{t('explore.loading')}</p>
  if (communities.isError) return <p role="alert">{t('explore.error')}</p>
  const listed = communities.data.communities.filter((community) => community.size > 1)
  const singletons = communities.data.communities.length - listed.length
  const modularity = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(
    communities.data.modularity,
  )
  return (
    <div className="explore-communities">
      <AnalysisVersionNote answer={communities.data} />
      <p>
        {t('explore.communities.summary', {
          count: communities.data.communities.length,
          modularity,
          singletons,
        })}
      </p>
      <ul className="explore-community-list">
        {listed.slice(0, shown).map((community) => (
          <CommunityItem
            key={community.id}
            community={community}
            all={communities.data.communities}
            {...props}
          />
        ))}
      </ul>
      {shown < listed.length && (
        <button
          type="button"
          className="secondary"
          onClick={() => setShown((count) => count + COMMUNITIES_PAGE)}
        >
          {t('explore.communities.more')}
        </button>
      )}
    </div>
  )
}

function CommunityItem({
  community,
  all,
  focus,
  onFocusChange,
  onSelectActor,
}: Props & { community: Community; all: readonly Community[] }) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const announce = useAnnounce()
  const [open, setOpen] = useState(false)
  const [allMembers, setAllMembers] = useState(false)
  const names = useActorNames(open)
  const name = label(community.name)
  const panelId = `community-${community.id}`
  const isShown = focus.kind === 'community' && focus.communityId === String(community.id)
  const density = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }).format(
    community.internalDensity,
  )
  const collator = new Intl.Collator('de')
  const members = names.data
    ? community.members
        .map((id) => ({ id, name: names.data.get(id) ?? id }))
        .sort((a, b) => collator.compare(a.name, b.name))
    : []
  const show = () => {
    onFocusChange({
      kind: 'community',
      communityId: String(community.id),
      actorIds: community.members,
    })
    announce(t('explore.communities.announce', { name, count: community.size }))
  }

  return (
    <li className="explore-community" data-community={community.id}>
      <h3>
        <button
          type="button"
          className="explore-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true" />
          <span>{name}</span>{' '}
          <span className="qualifier">
            ({t('explore.communities.size', { count: community.size })})
          </span>
        </button>
      </h3>
      <button
        type="button"
        className="secondary small"
        aria-pressed={isShown}
        aria-label={t('explore.communities.showNamed', { name })}
        onClick={show}
      >
        {t('explore.communities.show')}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <>
            <p>
              {t('explore.communities.internalTies', { count: community.internalTies, density })}
            </p>
            {community.strongestLinks.length > 0 && (
              <>
                <h4>{t('explore.communities.strongestLinks')}</h4>
                <ul>
                  {community.strongestLinks.map((link) => {
                    const other = all.find((candidate) => candidate.id === link.community)
                    return (
                      <li key={link.community}>
                        <span>{other ? label(other.name) : link.community}</span>:{' '}
                        {t('explore.communities.linkTies', { count: link.ties })}
                      </li>
                    )
                  })}
                </ul>
              </>
            )}
            <h4>{t('explore.communities.members')}</h4>
            {names.isPending && <p>{t('explore.loading')}</p>}
            <ul className="explore-actor-list">
              {(allMembers ? members : members.slice(0, MEMBERS_PAGE)).map((member) => (
                <li key={member.id} data-actor={member.id}>
                  <button
                    type="button"
                    className="explore-link"
                    lang="de"
                    onClick={() => onSelectActor(member.id)}
                  >
                    {member.name}
                  </button>
                </li>
              ))}
            </ul>
            {!allMembers && members.length > MEMBERS_PAGE && (
              <button type="button" className="secondary small" onClick={() => setAllMembers(true)}>
                {t('explore.communities.allMembers', { count: members.length })}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  )
}
