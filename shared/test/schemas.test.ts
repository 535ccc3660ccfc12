import { describe, expect, it } from 'vitest'
import {
  haversineKm,
  NewActorSchema,
  NewRelationshipSchema,
  unknownActorFacts,
  type NewActor,
} from '../src/index.ts'

const actor: NewActor = {
  id: 'demo-projekt',
  name: 'Demo-Projekt Dorfladen',
  kind: 'project',
  type: 'civil_society',
  description: null,
  topics: ['rural_development'],
  ...unknownActorFacts(),
  stage: 'pilot',
  startDate: '2020-01-01',
  provenance: {
    dataset: 'demo',
    source: 'Demo-Generator',
    sourceUrl: null,
    sourceRecordId: null,
    licence: 'CC0-1.0',
    attribution: null,
    note: null,
    synthetic: true,
    lastVerified: null,
  },
}

describe('entity schemas', () => {
  it('accepts a project with a stage', () => {
    expect(NewActorSchema.safeParse(actor).success).toBe(true)
  })

  it.each([
    [{ kind: 'organisation' as const }, 'stage'],
    [{ startTime: '17:00' }, 'startTime'],
    [{ endDate: '2019-12-31' }, 'endDate'],
    [{ id: 'Demo Projekt' }, 'id'],
    [{ website: 'not a url' }, 'website'],
  ])('rejects %j at %s', (change, field) => {
    const result = NewActorSchema.safeParse({ ...actor, ...change })
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field)
  })

  it('rejects a relationship of an actor with itself and one that ends before it starts', () => {
    const tie = {
      id: 'demo-rel',
      sourceId: 'demo-a',
      targetId: 'demo-a',
      type: 'partnership',
      directed: false,
      description: null,
      since: '2020-01-01',
      until: '2019-01-01',
      weight: 1,
      confirmedBy: [],
      status: 'published',
      provenance: actor.provenance,
    }
    const paths = NewRelationshipSchema.safeParse(tie).error?.issues.map((issue) =>
      issue.path.join('.'),
    )
    expect(paths).toEqual(['targetId', 'until'])
  })
})

describe('geo', () => {
  it('measures Dresden–Leipzig as about 100 km', () => {
    expect(haversineKm([13.7373, 51.0504], [12.3731, 51.3397])).toBeCloseTo(100.3, 0)
  })
})
