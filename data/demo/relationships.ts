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

/** A denser network than the default never needs more than this many everyday passes (≈ 1.6 ties each). */
const MAX_EVERYDAY_PASSES = 20

export function generateRelationships(
  actors: readonly DemoActor[],
  seed: number,
  todayDay: number,
  /**
   * At least this many ties (the analysis bench's 5 per actor): the everyday pass is repeated until there
   * are, so hubs, brokers and events stay as they are and only the everyday ties (with their 15 % drawn in
   * proportion to degree) grow. Absent, one pass: the default network, byte for byte.
   */
  minimumTies = 0,
): NewRelationship[] {
  const random = createRandom(seed, 'relationships')
  const index = indexNetwork(actors)
  const writer = createTieWriter(actors.length, todayDay, random)
  addEventTies(index, writer, random)
  const hubs = addHubTies(index, writer, random)
  addBrokerTies(index, writer, hubs, random)
  addEverydayTies(index, writer, random)
  for (
    let pass = 1;
    writer.relationships.length < minimumTies && pass < MAX_EVERYDAY_PASSES;
    pass++
  )
    addEverydayTies(index, writer, random)
  return writer.relationships
}
