/** One finished analysis together with the catalog of the same data version: what the answers are built from. */
import type { NetworkCatalog } from '../network/network-catalog.ts'
import type { NetworkAnalysis } from './analyse.ts'
import type { ProjectedNetwork } from './projection.ts'

export interface AnalysedNetwork {
  catalog: NetworkCatalog
  network: ProjectedNetwork
  analysis: NetworkAnalysis
  nodeOf: ReadonlyMap<string, number>
  districtNameOf: (ags: string) => string | undefined
}

/** Derived once per analysis, on first use: several answers share it. */
export function memoised<T>(compute: (network: AnalysedNetwork) => T) {
  const kept = new WeakMap<NetworkAnalysis, T>()
  return (network: AnalysedNetwork): T => {
    let value = kept.get(network.analysis)
    if (value === undefined) {
      value = compute(network)
      kept.set(network.analysis, value)
    }
    return value
  }
}
