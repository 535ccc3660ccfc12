/**
 * The view state lives in the URL, so every view is a shareable link. The URL holds the filters in their
 * string form (the same as the API's query string), the list order, the language and the selected actor; this
 * module reads and writes it with the shared schemas. Each parameter is checked on its own, then the rules
 * between them (a radius needs its centre): valid ones are kept, broken ones are reported by name and dropped.
 */
import {
  ActorSortSchema,
  FiltersSchema,
  requireNearForRadius,
  SlugSchema,
  type Filters,
} from '@netzwerkatlas/shared'
import { z } from 'zod'

const LanguageSchema = z.enum(['de', 'en'])

const mapLayers = ['actors', 'ties', 'districts', 'basemap'] as const
const MapLayersSchema = z.codec(z.string(), z.array(z.enum(mapLayers)).min(1).max(4), {
  decode: (text) => text.split(',') as (typeof mapLayers)[number][],
  encode: (layers) => layers.join(','),
})

const YearSchema = z.codec(z.string().regex(/^\d{4}$/), z.number().int().min(1900).max(2100), {
  decode: Number,
  encode: String,
})

/** The graph's choices (route /netzwerk); kept in the shared state so switching views and back keeps them. */
const graphNodeSizes = ['degree', 'betweenness', 'pageRank', 'brokerage'] as const
const graphNodeColours = ['type', 'community'] as const
const graphLayouts = ['force', 'geographic'] as const

const ViewSearchShape = {
  ...FiltersSchema.shape,
  /** The actor whose details are open. */
  actor: SlugSchema.optional(),
  sort: ActorSortSchema.optional(),
  lang: LanguageSchema.optional(),
  /** The map's layers; absent: actors only. `basemap` alone draws no data layer. */
  layers: MapLayersSchema.optional(),
  /** "Aktiv im Jahr": ties not active in this year are left out of the map and the graph (the timeline's rule). */
  year: YearSchema.optional(),
  /** The graph: the metric that sizes a node (absent: degree). */
  nodeSize: z.enum(graphNodeSizes).optional(),
  /** The graph: colour by actor type (absent) or by community. */
  nodeColour: z.enum(graphNodeColours).optional(),
  /** The graph: the server's force layout (absent) or the actors' map positions. */
  layout: z.enum(graphLayouts).optional(),
  /** The graph: grouped (communities as meta-nodes) or every actor; absent: decided by the number of actors. */
  grouped: z.enum(['true', 'false']).optional(),
  /** The graph: Cytoscape's WebGL renderer, opted into (absent: canvas); falls back where there is no WebGL. */
  renderer: z.enum(['webgl']).optional(),
}

const ViewSearchSchema = z.object(ViewSearchShape).superRefine(requireNearForRadius)

export type ViewSearch = z.output<typeof ViewSearchSchema>
/** The search params as the router stores them: strings only. */
export type RawViewSearch = z.input<typeof ViewSearchSchema>

export interface CheckedSearch {
  search: RawViewSearch
  /** Names of the parameters that were left out, in URL order. */
  dropped: string[]
}

/** Keeps every known parameter whose value is valid, alone and with the others; names the rest. */
export function checkSearch(raw: Record<string, unknown>): CheckedSearch {
  const clean: Record<string, string> = {}
  const dropped: string[] = []
  for (const [key, rawValue] of Object.entries(raw)) {
    const field = (ViewSearchShape as Record<string, z.ZodType>)[key]
    // The router's query-string decoder may already have turned "false" and "30" into a boolean and a number.
    const isScalar = ['string', 'number', 'boolean'].includes(typeof rawValue)
    if (field && isScalar && z.safeDecode(field, String(rawValue)).success) {
      clean[key] = String(rawValue)
    } else {
      dropped.push(key)
    }
  }
  const whole = ViewSearchSchema.safeDecode(clean)
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const key = String(issue.path[0] ?? '')
      if (key in clean) {
        delete clean[key]
        dropped.push(key)
      }
    }
  }
  return { search: clean, dropped }
}

export function sanitiseSearch(raw: Record<string, unknown>): RawViewSearch {
  return checkSearch(raw).search
}

export function decodeSearch(raw: RawViewSearch): ViewSearch {
  const parsed = ViewSearchSchema.safeDecode(raw)
  return parsed.success ? parsed.data : {}
}

export function encodeSearch(search: ViewSearch): RawViewSearch {
  return z.encode(ViewSearchSchema, search)
}

export function filtersOf(search: ViewSearch): Filters {
  // The year is no API filter: the views apply it to the ties they draw (and it must not refetch the actors).
  const {
    actor: _selected,
    sort: _sort,
    lang: _lang,
    layers: _layers,
    year: _year,
    nodeSize: _nodeSize,
    nodeColour: _nodeColour,
    layout: _layout,
    grouped: _grouped,
    renderer: _renderer,
    ...filters
  } = search
  return filters
}
