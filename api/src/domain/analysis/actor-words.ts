/**
 * Each actor's position in a few words, German and English, for the UI: how many partners, how many clusters it
 * connects, its rank as a broker (by betweenness), whether it holds the network together, and where it is the
 * only tie from its district to another ("einzige Verbindung aus Vogtlandkreis nach Zwickau").
 */
import type { AnalysedNetwork } from './analysed-network.ts'
import { memoised } from './analysed-network.ts'

const numberDe = new Intl.NumberFormat('de-DE')
const numberEn = new Intl.NumberFormat('en-GB')

/** Rank by betweenness (1 = highest), among actors with betweenness above 0; 0 for the others. */
const brokerRanks = memoised(({ analysis }) => {
  const order = [...analysis.betweenness.keys()]
    .filter((v) => analysis.betweenness[v]! > 0)
    .sort((a, b) => analysis.betweenness[b]! - analysis.betweenness[a]! || a - b)
  const rank = new Int32Array(analysis.ids.length)
  order.forEach((v, i) => (rank[v] = i + 1))
  return rank
})

/** Per actor: the other districts it alone connects its own district to. */
const soleDistrictLinks = memoised(({ catalog, network, analysis }) => {
  const districtOf = analysis.ids.map((id) => catalog.actorById(id)?.districtAgs ?? null)
  // For each (own district → other district): the actors of the own district that have a partner there.
  const linkers = new Map<string, Set<number>>()
  const { offsets, neighbours } = network.graph
  for (let v = 0; v < analysis.ids.length; v++) {
    const own = districtOf[v]
    if (!own) continue
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const other = districtOf[neighbours[e]!]
      if (!other || other === own) continue
      const key = `${own}>${other}`
      const set = linkers.get(key) ?? new Set<number>()
      set.add(v)
      linkers.set(key, set)
    }
  }
  const sole = new Map<number, { from: string; to: string }[]>()
  for (const [key, set] of linkers) {
    if (set.size !== 1) continue
    const [from, to] = key.split('>') as [string, string]
    const [actor] = set as Set<number> & Iterable<number>
    sole.set(actor!, [...(sole.get(actor!) ?? []), { from, to }])
  }
  return sole
})

export function actorSummary(analysed: AnalysedNetwork, node: number): { de: string; en: string } {
  const { analysis } = analysed
  const de: string[] = []
  const en: string[] = []
  const degree = analysis.degree[node]!
  if (degree === 0) return { de: 'noch ohne Verbindungen', en: 'no ties yet' }
  de.push(`${numberDe.format(degree)} ${degree === 1 ? 'Partner' : 'Partner'}`)
  en.push(`${numberEn.format(degree)} ${degree === 1 ? 'partner' : 'partners'}`)
  const clusters = analysis.communitiesReached[node]!
  if (clusters >= 2) {
    de.push(`verbindet ${numberDe.format(clusters)} Cluster`)
    en.push(`connects ${numberEn.format(clusters)} clusters`)
  }
  const rank = brokerRanks(analysed)[node]!
  if (rank > 0) {
    const n = analysis.ids.length
    de.push(`Rang ${numberDe.format(rank)} von ${numberDe.format(n)} nach Vermittlerrolle`)
    en.push(`rank ${numberEn.format(rank)} of ${numberEn.format(n)} as a broker`)
  }
  if (analysis.isArticulationPoint[node] === 1) {
    de.push('ohne es zerfiele sein Teilnetz')
    en.push('without it, its part of the network would split')
  }
  for (const { from, to } of (soleDistrictLinks(analysed).get(node) ?? []).slice(0, 2)) {
    const fromName = analysed.districtNameOf(from) ?? from
    const toName = analysed.districtNameOf(to) ?? to
    de.push(`einzige Verbindung aus ${fromName} nach ${toName}`)
    en.push(`the only tie from ${fromName} to ${toName}`)
  }
  return { de: de.join(', '), en: en.join(', ') }
}
