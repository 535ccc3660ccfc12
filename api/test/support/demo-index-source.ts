/** The index source of a generated demo network, its records stamped as the store stamps them: for index tests. */
import { generateDemoNetwork } from '@netzwerkatlas/data/demo'
import type { IndexSource } from '../../src/index/network-index.ts'
import { gazetteer } from './test-api.ts'

export function demoIndexSource({
  actorCount,
  seed,
  databaseId,
  today = '2026-12-04',
}: {
  actorCount: number
  seed: number
  databaseId: string
  today?: string
}): IndexSource {
  const records = generateDemoNetwork({ actorCount, seed, gazetteer, today })
  const stamp = `${today}T00:00:00Z`
  const withStamps = <T>(record: T) => ({
    ...record,
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
  })
  return {
    dataVersion: 1,
    actors: records.actors.map(withStamps),
    relationships: records.relationships.map(withStamps),
    datasets: [],
    databaseId,
  }
}
