/**
 * The demo relationships, in four passes: event hosts and participants, hubs, brokers, everyday ties.
 * Events come first so no other tie can take the pair a host needs.
 */
import type { NewRelationship } from '@netzwerkatlas/shared'
import type { DemoActor } from './actors.ts'
import { addBrokerTies } from './broker-ties.ts'
import { addEventTies } from './event-ties.ts'
import { addEverydayTies } from './everyday-ties.ts'
import { addHubTies } from './hub-ties.ts'
import { indexNetwork } from './network-index.ts'
import { createRandom } from './random.ts'
import { createTieWriter } from './tie-writer.ts'

export function generateRelationships(
  actors: readonly DemoActor[],
  seed: number,
  todayDay: number,
): NewRelationship[] {
  const random = createRandom(seed, 'relationships')
  const index = indexNetwork(actors)
  const writer = createTieWriter(actors.length, todayDay, random)
  addEventTies(index, writer, random)
  const hubs = addHubTies(index, writer, random)
  addBrokerTies(index, writer, hubs, random)
  addEverydayTies(index, writer, random)
  return writer.relationships
}
