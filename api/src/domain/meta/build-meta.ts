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
  type Actor,
  type Relationship,
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

/**
 * The counts meta is made of, each a sum over the public records: a write moves them by its changed records
 * (tallyActor/tallyRelationship with -1 for the record before, +1 after) instead of counting every actor again,
 * which took 90–160 ms at 10k actors per data version (ADR 0015, session 10).
 */
export interface MetaTally {
  actors: { total: number; synthetic: number }
  relationships: { total: number; synthetic: number }
  /** Per vocabulary, per term; offers and needs once per actor even where a term is both. */
  terms: Record<
    | 'kinds'
    | 'actorTypes'
    | 'topics'
    | 'offersNeeds'
    | 'relationshipTypes'
    | 'projectStages'
    | 'locationPrecisions',
    Map<string, number>
  >
  actorsPerDistrict: Map<string, number>
  actorsPerDataset: Map<string, number>
  relationshipsPerDataset: Map<string, number>
}

function emptyTally(): MetaTally {
  const map = () => new Map<string, number>()
  return {
    actors: { total: 0, synthetic: 0 },
    relationships: { total: 0, synthetic: 0 },
    terms: {
      kinds: map(),
      actorTypes: map(),
      topics: map(),
      offersNeeds: map(),
      relationshipTypes: map(),
      projectStages: map(),
      locationPrecisions: map(),
    },
    actorsPerDistrict: map(),
    actorsPerDataset: map(),
    relationshipsPerDataset: map(),
  }
}

/** A copy to move: the maps are small (vocabularies, districts, datasets). */
export function copiedTally(tally: MetaTally): MetaTally {
  const copy = (map: Map<string, number>) => new Map(map)
  return {
    actors: { ...tally.actors },
    relationships: { ...tally.relationships },
    terms: {
      kinds: copy(tally.terms.kinds),
      actorTypes: copy(tally.terms.actorTypes),
      topics: copy(tally.terms.topics),
      offersNeeds: copy(tally.terms.offersNeeds),
      relationshipTypes: copy(tally.terms.relationshipTypes),
      projectStages: copy(tally.terms.projectStages),
      locationPrecisions: copy(tally.terms.locationPrecisions),
    },
    actorsPerDistrict: copy(tally.actorsPerDistrict),
    actorsPerDataset: copy(tally.actorsPerDataset),
    relationshipsPerDataset: copy(tally.relationshipsPerDataset),
  }
}

const add = (counts: Map<string, number>, key: string, by: number) =>
  counts.set(key, (counts.get(key) ?? 0) + by)

export function tallyActor(tally: MetaTally, actor: Actor, by: 1 | -1): void {
  tally.actors.total += by
  if (actor.provenance.synthetic) tally.actors.synthetic += by
  const { terms } = tally
  add(terms.kinds, actor.kind, by)
  add(terms.actorTypes, actor.type, by)
  for (const topic of actor.topics) add(terms.topics, topic, by)
  for (const term of new Set([...actor.offers, ...actor.needs])) add(terms.offersNeeds, term, by)
  if (actor.stage) add(terms.projectStages, actor.stage, by)
  if (actor.location) add(terms.locationPrecisions, actor.location.precision, by)
  if (actor.districtAgs) add(tally.actorsPerDistrict, actor.districtAgs, by)
  add(tally.actorsPerDataset, actor.provenance.dataset, by)
}

export function tallyRelationship(tally: MetaTally, relationship: Relationship, by: 1 | -1): void {
  tally.relationships.total += by
  if (relationship.provenance.synthetic) tally.relationships.synthetic += by
  add(tally.terms.relationshipTypes, relationship.type, by)
  add(tally.relationshipsPerDataset, relationship.provenance.dataset, by)
}

/** The tally of a whole public view: one pass over its records. */
export function tallyOf(view: Pick<PublicView, 'actors' | 'relationships'>): MetaTally {
  const tally = emptyTally()
  for (const actor of view.actors) tallyActor(tally, actor, 1)
  for (const relationship of view.relationships) tallyRelationship(tally, relationship, 1)
  return tally
}

function termCounts<Id extends string>(
  entries: readonly VocabularyEntry<Id>[],
  counts: ReadonlyMap<string, number>,
) {
  return entries.map(({ id, de, en }) => ({ id, label: { de, en }, count: counts.get(id) ?? 0 }))
}

const realAndSynthetic = ({ total, synthetic }: { total: number; synthetic: number }) => ({
  total,
  real: total - synthetic,
  synthetic,
})

/** The response from a tally (of `input.view`'s records, counted or moved) and the view's not-shown counts. */
export function metaOfTally(tally: MetaTally, input: MetaInput): MetaResponse {
  const { view } = input
  const { terms } = tally
  const actorsPerStatus: Record<RecordStatus, number> = {
    published: tally.actors.total,
    archived: view.archived.actors,
    pending: view.pending.actors,
  }
  return {
    dataVersion: input.dataVersion,
    hasDemoData: tally.actors.synthetic > 0,
    counts: {
      actors: realAndSynthetic(tally.actors),
      relationships: realAndSynthetic(tally.relationships),
      archived: view.archived,
      pending: view.pending,
    },
    taxonomies: {
      kinds: termCounts(actorKinds.entries, terms.kinds),
      actorTypes: termCounts(actorTypes.entries, terms.actorTypes),
      topics: termCounts(topics.entries, terms.topics),
      offersNeeds: termCounts(offersNeeds.entries, terms.offersNeeds),
      relationshipTypes: termCounts(relationshipTypes.entries, terms.relationshipTypes),
      statuses: recordStatuses.entries.map(({ id, de, en }) => ({
        id,
        label: { de, en },
        count: actorsPerStatus[id],
      })),
      projectStages: termCounts(projectStages.entries, terms.projectStages),
      locationPrecisions: termCounts(locationPrecisions.entries, terms.locationPrecisions),
    },
    // A dataset's counts as the public sees them; the store counts every record it holds.
    datasets: input.datasets.map((dataset) => ({
      ...dataset,
      actors: tally.actorsPerDataset.get(dataset.id) ?? 0,
      relationships: tally.relationshipsPerDataset.get(dataset.id) ?? 0,
    })),
    districts: input.districts.map((district) => ({
      ...district,
      actors: tally.actorsPerDistrict.get(district.ags) ?? 0,
    })),
    geoCredits: [...input.geoCredits],
  }
}
