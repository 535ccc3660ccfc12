/**
 * Brokers: for each pair of neighbouring districts one actor that links the two clusters with a few
 * ties. Each weak district gets a single broker towards its nearest city, with two ties only.
 */
import type { DemoActor } from './actors.ts'
import {
  DISTRICT_PROFILES,
  WEAK_DISTRICT_BRIDGES,
  WEAKLY_CONNECTED_DISTRICTS,
} from './district-profiles.ts'
import type { NetworkIndex } from './network-index.ts'
import { pickPartner } from './partners.ts'
import type { Random } from './random.ts'
import { chooseTieType } from './tie-types.ts'
import type { TieWriter } from './tie-writer.ts'

interface BrokerPair {
  home: string
  other: string
  ties: number
}

function brokerPairs(random: Random): BrokerPair[] {
  const pairs: BrokerPair[] = []
  for (const [home, { neighbours }] of Object.entries(DISTRICT_PROFILES)) {
    for (const other of neighbours) {
      const isOpen = !WEAKLY_CONNECTED_DISTRICTS.has(home) && !WEAKLY_CONNECTED_DISTRICTS.has(other)
      if (isOpen && home < other) pairs.push({ home, other, ties: random.int(3, 5) })
    }
  }
  for (const [weak, city] of Object.entries(WEAK_DISTRICT_BRIDGES)) {
    pairs.push({ home: weak, other: city, ties: 2 })
  }
  return pairs
}

function pickBroker(
  pool: readonly DemoActor[] | undefined,
  hubs: ReadonlySet<DemoActor>,
  random: Random,
) {
  if (!pool || pool.length === 0) return undefined
  for (let attempt = 0; attempt < 10; attempt++) {
    const candidate = random.pick(pool)
    if (!hubs.has(candidate)) return candidate
  }
  return undefined
}

/** Adds the brokers' ties and returns the brokers. */
export function addBrokerTies(
  index: NetworkIndex,
  writer: TieWriter,
  hubs: ReadonlySet<DemoActor>,
  random: Random,
): DemoActor[] {
  const brokers: DemoActor[] = []
  for (const { home, other, ties } of brokerPairs(random)) {
    const broker = pickBroker(index.partnersByDistrict.get(home), hubs, random)
    if (!broker) continue
    brokers.push(broker)
    for (let attempt = 0, added = 0; attempt < ties * 3 && added < ties; attempt++) {
      const partner = pickPartner(index, writer, broker, other, random)
      if (!partner) continue
      const tie = chooseTieType(broker, partner, random)
      if (writer.add(tie.source, tie.target, tie.type, tie.span)) added++
    }
  }
  return brokers
}
