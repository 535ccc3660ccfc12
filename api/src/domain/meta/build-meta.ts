/**
 * Answers GET /meta: vocabularies with labels and counts, dataset and district summaries, credits. Every count
 * is of the public view (published actors, published ties between two of them), as every other route shows;
 * `archived` and `pending` say how many records that view leaves out.
 */
import {
  actorKinds,
  actorTypes,
  locationPrecisions,
  offersNeeds,
  projectStages,
  recordStatuses,
  relationshipTypes,
  topics,
  type Credit,
  type DatasetSummary,
  type MetaResponse,
  type RecordStatus,
  type VocabularyEntry,
} from '@netzwerkatlas/shared'
import type { PublicView } from '../visibility/public-view.ts'

export interface DistrictFacts {
  ags: string
  name: string
  type: string
  population: number
}

export interface MetaInput {
  dataVersion: number
  view: PublicView
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

/** A dataset's counts as the public sees them; the store counts every record it holds. */
function shownPerDataset(view: PublicView, datasets: readonly DatasetSummary[]) {
  const count = (records: readonly { provenance: { dataset: string } }[], dataset: string) =>
    records.filter((record) => record.provenance.dataset === dataset).length
  return datasets.map((dataset) => ({
    ...dataset,
    actors: count(view.actors, dataset.id),
    relationships: count(view.relationships, dataset.id),
  }))
}

export function buildMeta(input: MetaInput): MetaResponse {
  const { view } = input
  const published = view.actors
  const publishedTies = view.relationships
  const actorsPerStatus: Record<RecordStatus, number> = {
    published: published.length,
    archived: view.archived.actors,
    pending: view.pending.actors,
  }
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
      archived: view.archived,
      pending: view.pending,
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
      statuses: recordStatuses.entries.map(({ id, de, en }) => ({
        id,
        label: { de, en },
        count: actorsPerStatus[id],
      })),
      projectStages: termCounts(projectStages.entries, () =>
        published.flatMap((a) => (a.stage ? [a.stage] : [])),
      ),
      locationPrecisions: termCounts(locationPrecisions.entries, () =>
        published.flatMap((a) => (a.location ? [a.location.precision] : [])),
      ),
    },
    datasets: shownPerDataset(view, input.datasets),
    districts: input.districts.map((district) => ({
      ...district,
      actors: actorsPerDistrict.get(district.ags) ?? 0,
    })),
    geoCredits: [...input.geoCredits],
  }
}
