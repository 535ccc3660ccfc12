import type { Actor, NewActor, NewRelationship, Relationship } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { publicView } from '../src/domain/visibility/public-view.ts'
import { makeActor, makeRelationship } from './support/builders.ts'

const stored = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const asStored = (actor: NewActor): Actor => ({ ...actor, ...stored, version: 1 })
const asStoredTie = (relationship: NewRelationship): Relationship => ({
  ...relationship,
  ...stored,
  version: 1,
})

const actors = [
  makeActor({ id: 'demo-a' }),
  makeActor({ id: 'demo-b' }),
  makeActor({ id: 'demo-archiv', status: 'archived' }),
  makeActor({ id: 'demo-pruefung', status: 'pending' }),
].map(asStored)

const tie = (id: string, sourceId: string, targetId: string, status: Actor['status']) =>
  asStoredTie(makeRelationship({ id, sourceId, targetId, status }))

describe('the public view', () => {
  it('shows published actors only and counts the archived and pending ones', () => {
    const view = publicView({ actors, relationships: [] })
    expect(view.actors.map((actor) => actor.id)).toEqual(['demo-a', 'demo-b'])
    expect(view.archived.actors).toBe(1)
    expect(view.pending.actors).toBe(1)
  })

  it.each([
    ['a published tie between two published actors', 'demo-a', 'demo-b', 'published', true, 0, 0],
    ['an archived tie between two published actors', 'demo-a', 'demo-b', 'archived', false, 1, 0],
    ['a pending tie between two published actors', 'demo-a', 'demo-b', 'pending', false, 0, 1],
    ['a published tie to an archived actor', 'demo-a', 'demo-archiv', 'published', false, 1, 0],
    ['a published tie from a pending actor', 'demo-pruefung', 'demo-b', 'published', false, 0, 1],
    ['a pending tie to an archived actor', 'demo-a', 'demo-archiv', 'pending', false, 1, 1],
    [
      'a tie between an archived and a pending actor',
      'demo-archiv',
      'demo-pruefung',
      'published',
      false,
      1,
      1,
    ],
    ['a tie to an actor that is not there', 'demo-a', 'demo-weg', 'published', false, 0, 0],
  ] as const)(
    'decides %s: shown %s, counted %i times as archived and %i as pending',
    (_case, sourceId, targetId, status, isShown, archived, pending) => {
      const view = publicView({
        actors,
        relationships: [tie('demo-rel', sourceId, targetId, status)],
      })
      expect(view.relationships.length === 1).toBe(isShown)
      expect(view.archived.relationships).toBe(archived)
      expect(view.pending.relationships).toBe(pending)
    },
  )
})
