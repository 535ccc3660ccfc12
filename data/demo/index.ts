/**
 * The demo generator: a fictional network of social-innovation actors across Saxony, for the app's
 * default start and for benchmarks. Pure and deterministic: the same options give the same records.
 */
import type { Gazetteer } from '../geo/gazetteer.ts'
import type { DatasetRecords } from '../records.ts'
import { generateActors } from './actors.ts'
import { toDay } from './calendar.ts'
import { DEMO_DATASET } from './demo-dataset.ts'
import { generateRelationships } from './relationships.ts'

export { DEMO_DATASET } from './demo-dataset.ts'

export interface DemoOptions {
  actorCount: number
  /** Any safe integer; the same seed gives byte-identical records. */
  seed: number
  gazetteer: Gazetteer
  /** ISO date that counts as today: no tie starts after it. Default '2026-11-25' (no clock is read). */
  today?: string
  /** At least this many relationships, by repeating the everyday pass (see generateRelationships). */
  minimumRelationships?: number
}

const DEFAULT_DEMO_TODAY = '2026-11-25'

export function generateDemoNetwork({
  actorCount,
  seed,
  gazetteer,
  today = DEFAULT_DEMO_TODAY,
  minimumRelationships = 0,
}: DemoOptions): DatasetRecords {
  if (!Number.isInteger(actorCount) || actorCount < 0) {
    throw new Error(`actorCount must be a whole number ≥ 0, got ${actorCount}`)
  }
  const todayDay = toDay(today)
  const actors = generateActors(gazetteer, actorCount, seed, todayDay)
  return {
    dataset: DEMO_DATASET,
    actors: actors.map((actor) => actor.record),
    relationships: generateRelationships(actors, seed, todayDay, minimumRelationships),
  }
}
