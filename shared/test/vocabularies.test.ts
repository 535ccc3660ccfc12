import { describe, expect, it } from 'vitest'
import {
  actorKinds,
  actorTypes,
  directedRelationshipTypes,
  locationPrecisions,
  offersNeeds,
  projectStages,
  recordStatuses,
  relationshipTypes,
  topics,
  type Label,
} from '../src/index.ts'

const vocabularies = {
  actorKinds,
  actorTypes,
  topics,
  offersNeeds,
  relationshipTypes,
  recordStatuses,
  projectStages,
  locationPrecisions,
}

describe('vocabularies', () => {
  it.each(Object.entries(vocabularies))(
    '%s has unique ids and a German and an English label for each',
    (_, vocabulary) => {
      expect(new Set(vocabulary.ids).size).toBe(vocabulary.ids.length)
      for (const entry of vocabulary.entries) {
        expect(entry.de.trim()).not.toBe('')
        expect(entry.en.trim()).not.toBe('')
        const labels: Record<string, Label> = vocabulary.labels
        expect(labels[entry.id]).toEqual({ de: entry.de, en: entry.en })
      }
    },
  )

  it('has an explicit "not specified" actor type for sources that do not say what an actor is', () => {
    expect(actorTypes.schema.parse('unspecified')).toBe('unspecified')
    expect(actorTypes.labels.unspecified.de).toBe('Nicht angegeben')
  })

  it('rejects a term outside the vocabulary', () => {
    expect(topics.schema.safeParse('astrology').success).toBe(false)
  })

  it('marks direction only where it carries meaning', () => {
    expect(directedRelationshipTypes.has('funding')).toBe(true)
    expect(directedRelationshipTypes.has('partnership')).toBe(false)
    for (const type of directedRelationshipTypes) expect(relationshipTypes.ids).toContain(type)
  })
})
