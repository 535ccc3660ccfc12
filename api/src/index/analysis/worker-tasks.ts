/** What the main thread asks an analysis worker to do, and what it answers. */
import type { SourceRun, SourceRunOptions } from '../../domain/analysis/brandes.ts'
import type { Structure } from '../../domain/analysis/analyse.ts'
import type { CsrGraph } from '../../domain/analysis/csr-graph.ts'
import type { Layout } from '../../domain/analysis/layout.ts'

export type WorkerTask =
  | {
      id: number
      kind: 'sources'
      graph: CsrGraph
      sources: Int32Array
      options: SourceRunOptions
    }
  | { id: number; kind: 'structure'; graph: CsrGraph; seed: number }
  | {
      id: number
      kind: 'graph'
      nodeCount: number
      sources: Int32Array
      targets: Int32Array
      weights: Float64Array
    }
  | {
      id: number
      kind: 'layout'
      graph: CsrGraph
      startX: Float64Array | undefined
      startY: Float64Array | undefined
      seed: number
    }

export type WorkerAnswer =
  | { id: number; kind: 'sources'; run: SourceRun }
  | { id: number; kind: 'structure'; structure: Structure }
  | { id: number; kind: 'layout'; layout: Layout }
  | { id: number; kind: 'graph'; graph: CsrGraph }
  | { id: number; kind: 'failed'; message: string }
