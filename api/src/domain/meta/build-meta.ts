/** Answers GET /meta: vocabularies with labels and counts, dataset and district summaries, credits. */
import {
  actorKinds,
  actorTypes,
  locationPrecisions,
  offersNeeds,
  projectStages,
  recordStatuses,
  relationshipTypes,
  topics,
  type Actor,
  type Credit,
  type DatasetSummary,
  type MetaResponse,
  type Relationship,
  type VocabularyEntry,
} from '@netzwerkatlas/shared'

export interface DistrictFacts {
  ags: string
  name: string
  type: string
  population: number
}

export interface MetaInput {
  dataVersion: number
  actors: readonly Actor[]
  relationships: readonly Relationship[]
  datasets: readonly DatasetSummary[]
  districts: readonly DistrictFacts[]
  geoCredits: readonly Credit[]
}

function termCounts<Id extends string>(
  entries: readonly VocabularyEntry<Id>[],
  valuesOf: () => Iterable<string>,
) {
  const counts = new Map<string, number>()
  for (const value of valuesOf()) counts.set(value, (counts.get(value) ?? 0) + 1)
  return entries.map(({ id, de, en }) => ({ id, label: { de, en }, count: counts.get(id) ?? 0 }))
}

function realAndSynthetic(records: readonly { provenance: { synthetic: boolean } }[]) {
  const synthetic = records.filter((record) => record.provenance.synthetic).length
  return { total: records.length, real: records.length - synthetic, synthetic }
}

export function buildMeta(input: MetaInput): MetaResponse {
  const published = input.actors.filter((actor) => actor.status === 'published')
  const publishedTies = input.relationships.filter((r) => r.status === 'published')
  const actorsPerDistrict = new Map<string, number>()
  for (const actor of published) {
    if (actor.districtAgs) {
      actorsPerDistrict.set(actor.districtAgs, (actorsPerDistrict.get(actor.districtAgs) ?? 0) + 1)
    }
  }
  return {
    dataVersion: input.dataVersion,
    hasDemoData: published.some((actor) => actor.provenance.synthetic),
    counts: {
      actors: realAndSynthetic(published),
      relationships: realAndSynthetic(publishedTies),
      // Placeholder until the public-visibility rule lands (issue 6, item 2).
      archived: { actors: 0, relationships: 0 },
      pending: { actors: 0, relationships: 0 },
    },
    taxonomies: {
      kinds: termCounts(actorKinds.entries, () => published.map((a) => a.kind)),
      actorTypes: termCounts(actorTypes.entries, () => published.map((a) => a.type)),
      topics: termCounts(topics.entries, () => published.flatMap((a) => a.topics)),
      offersNeeds: termCounts(offersNeeds.entries, () =>
        published.flatMap((a) => [...new Set([...a.offers, ...a.needs])]),
      ),
      relationshipTypes: termCounts(relationshipTypes.entries, () =>
        publishedTies.map((r) => r.type),
      ),
      statuses: termCounts(recordStatuses.entries, () => input.actors.map((a) => a.status)),
      projectStages: termCounts(projectStages.entries, () =>
        published.flatMap((a) => (a.stage ? [a.stage] : [])),
      ),
      locationPrecisions: termCounts(locationPrecisions.entries, () =>
        published.flatMap((a) => (a.location ? [a.location.precision] : [])),
      ),
    },
    datasets: [...input.datasets],
    districts: input.districts.map((district) => ({
      ...district,
      actors: actorsPerDistrict.get(district.ags) ?? 0,
    })),
    geoCredits: [...input.geoCredits],
  }
}
