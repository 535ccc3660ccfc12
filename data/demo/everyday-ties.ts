/**
 * The everyday ties: each organisation and project starts 0–4 ties (1.6 on average), mostly within
 * its district and on a shared topic; 15 % go to actors that already have many ties.
 */
import type { NetworkIndex } from './network-index.ts'
import { drawPartnerDistrict, pickPartner, pickPopularPartner } from './partners.ts'
import type { Random } from './random.ts'
import { chooseTieType } from './tie-types.ts'
import type { TieWriter } from './tie-writer.ts'

const PREFERENTIAL_SHARE = 0.15

export function addEverydayTies(index: NetworkIndex, writer: TieWriter, random: Random) {
  for (const actor of index.actors) {
    if (actor.record.kind === 'event') continue
    const count = random.weighted([0, 1, 2, 3, 4], [15, 35, 30, 15, 5])
    for (let k = 0; k < count; k++) {
      const districtAgs = drawPartnerDistrict(actor.homeDistrictAgs, random)
      const partner = random.chance(PREFERENTIAL_SHARE)
        ? pickPopularPartner(writer, actor, districtAgs, random)
        : pickPartner(index, writer, actor, districtAgs, random)
      if (!partner) continue
      const tie = chooseTieType(actor, partner, random)
      writer.add(tie.source, tie.target, tie.type, tie.span)
    }
  }
}
