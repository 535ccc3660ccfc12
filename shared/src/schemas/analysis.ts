/**
 * Responses of the network analysis (GET /network/metrics, /communities, /ego, /path). Every one names the data
 * version it describes and whether a newer one is being computed: analyses run off the request path, so an
 * answer can describe the version before the newest.
 */
import { z } from 'zod'
import { relationshipTypes } from '../taxonomy/relationship-types.ts'
import { SlugSchema } from './primitives.ts'

const LabelSchema = z.object({ de: z.string(), en: z.string() })

const AnalysisVersionShape = {
  dataVersion: z.number().int().meta({ description: 'The data version this analysis describes.' }),
  computing: z.boolean().meta({
    description:
      'True while a newer data version is being analysed; this answer is then one version behind.',
  }),
  computingVersion: z.number().int().nullable(),
}

const BetweennessMethodSchema = z
  .object({
    method: z.enum(['exact', 'sampled']),
    normalisation: z.literal('pairs').meta({
      description:
        'Share of the shortest paths between pairs of other actors that pass through the actor, over (n−1)(n−2)/2 pairs (networkx normalized=True).',
    }),
    pivots: z.number().int().meta({ description: 'Sources searched: all actors when exact.' }),
    maxStandardError: z.number().meta({
      description: 'For a sample: the largest standard error of any actor’s value; 0 when exact.',
    }),
  })
  .meta({ id: 'BetweennessMethod' })

const NetworkFiguresSchema = z
  .object({
    actors: z.number().int(),
    ties: z
      .number()
      .int()
      .meta({ description: 'Edges of the undirected projection (pairs of actors with a tie).' }),
    density: z.number(),
    components: z.number().int(),
    largestComponent: z.number().int(),
    communities: z.number().int(),
    modularity: z.number(),
    averageClustering: z
      .number()
      .meta({ description: 'Actors with fewer than two partners count as 0.' }),
    bridges: z.number().int(),
    articulationPoints: z.number().int(),
  })
  .meta({ id: 'NetworkFigures' })

const ActorMetricsSchema = z
  .object({
    id: SlugSchema,
    degree: z.number().int().meta({ description: 'Partners: actors with at least one tie to it.' }),
    weightedDegree: z.number().meta({ description: 'Sum of the weights of its ties.' }),
    inDegree: z.number().int().meta({ description: 'Directed relationships pointing to it.' }),
    outDegree: z.number().int().meta({ description: 'Directed relationships starting from it.' }),
    betweenness: z.number(),
    closeness: z.number().meta({
      description:
        'Wasserman–Faust closeness within its component, scaled by the share it reaches.',
    }),
    pageRank: z.number(),
    community: z.number().int(),
    component: z.number().int().meta({ description: '0 is the largest component.' }),
    brokerage: z.number().meta({
      description:
        'Participation coefficient 1 − Σ_c (k_c / k)²: 0 when all partners share a community.',
    }),
    communitiesReached: z.number().int(),
    isArticulationPoint: z.boolean(),
    summary: LabelSchema.meta({ description: 'Its position in words, German and English.' }),
  })
  .meta({ id: 'ActorMetrics' })

export const NetworkMetricsResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    graph: z.string().meta({ description: 'What graph the metrics run on.' }),
    betweenness: BetweennessMethodSchema,
    network: NetworkFiguresSchema,
    actors: z.array(ActorMetricsSchema),
  })
  .meta({ id: 'NetworkMetrics' })

const CommunitySchema = z
  .object({
    id: z.number().int(),
    name: LabelSchema.meta({
      description: 'Dominant district and topic, e.g. "Leipzig · Bildung".',
    }),
    size: z.number().int(),
    internalTies: z.number().int(),
    internalDensity: z.number(),
    dominantDistrict: z.string().nullable(),
    dominantTopic: z.string().nullable(),
    strongestLinks: z.array(z.object({ community: z.number().int(), ties: z.number().int() })),
    members: z.array(SlugSchema),
  })
  .meta({ id: 'Community' })

export const NetworkCommunitiesResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    modularity: z.number(),
    communities: z.array(CommunitySchema),
  })
  .meta({ id: 'NetworkCommunities' })

const PathTieSchema = z
  .object({
    id: SlugSchema,
    source: SlugSchema,
    target: SlugSchema,
    type: relationshipTypes.schema,
    directed: z.boolean(),
    since: z.string().nullable(),
    until: z.string().nullable(),
  })
  .meta({ id: 'PathTie' })

export const EgoQuerySchema = z.strictObject({
  depth: z
    .enum(['1', '2'])
    .default('1')
    .transform(Number)
    .meta({ description: 'Rings of partners: 1 or 2.' }),
})

export const NetworkEgoResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    ego: SlugSchema,
    depth: z.number().int(),
    nodes: z.array(z.object({ id: SlugSchema, name: z.string(), distance: z.number().int() })),
    ties: z.array(PathTieSchema).meta({ description: 'Every tie among the ego and its alters.' }),
  })
  .meta({ id: 'NetworkEgo' })

export const PathQuerySchema = z.strictObject({
  from: SlugSchema.meta({ description: 'Actor id the path starts at.' }),
  to: SlugSchema.meta({ description: 'Actor id the path ends at.' }),
})

export const NetworkPathResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    from: SlugSchema,
    to: SlugSchema,
    connected: z.boolean(),
    length: z.number().int().nullable().meta({ description: 'Steps; null when there is no path.' }),
    shortestPaths: z.number().meta({ description: 'How many shortest paths there are.' }),
    path: z.array(SlugSchema).meta({ description: 'One shortest path, actor by actor.' }),
    steps: z.array(z.array(PathTieSchema)).meta({
      description:
        'Per step of the path, every relationship between the two actors (typed, dated).',
    }),
    componentSizes: z.object({ from: z.number().int(), to: z.number().int() }),
  })
  .meta({ id: 'NetworkPath' })

export type NetworkMetricsResponse = z.infer<typeof NetworkMetricsResponseSchema>
export type NetworkCommunitiesResponse = z.infer<typeof NetworkCommunitiesResponseSchema>
export type NetworkEgoResponse = z.infer<typeof NetworkEgoResponseSchema>
export type NetworkPathResponse = z.infer<typeof NetworkPathResponseSchema>

const DistrictConnectionsSchema = z
  .object({
    ags: z.string(),
    name: z.string(),
    actors: z.number().int(),
    internalTies: z.number().int(),
    crossDistrictTies: z.number().int(),
    density: z.number().meta({ description: 'Internal ties over the pairs of its actors.' }),
    isolation: z.number().meta({
      description:
        'Share of its ties that stay inside: internal / (internal + cross-district); 1 when no tie leaves it, or it has none.',
    }),
    strongestNeighbours: z.array(
      z.object({ ags: z.string(), name: z.string(), ties: z.number().int() }),
    ),
    brokers: z
      .array(
        z.object({
          id: SlugSchema,
          name: z.string(),
          districtsReached: z.number().int(),
          crossDistrictPartners: z.number().int(),
        }),
      )
      .meta({ description: 'Its actors with partners in other districts, most districts first.' }),
  })
  .meta({ id: 'DistrictConnections' })

export const NetworkDistrictsResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    districts: z.array(DistrictConnectionsSchema),
    unplacedActors: z
      .number()
      .int()
      .meta({ description: 'Actors without a district (left out above).' }),
  })
  .meta({ id: 'NetworkDistricts' })

export const NetworkTimelineResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    rule: z.string().meta({ description: 'How activity per year is derived.' }),
    years: z.array(
      z.object({
        year: z.number().int(),
        actorsActive: z.number().int(),
        relationshipsActive: z.number().int(),
        newTies: z.number().int(),
        density: z.number(),
        components: z
          .number()
          .int()
          .meta({ description: 'Components among the active actors (isolated ones included).' }),
      }),
    ),
  })
  .meta({ id: 'NetworkTimeline' })

export type NetworkDistrictsResponse = z.infer<typeof NetworkDistrictsResponseSchema>
export type NetworkTimelineResponse = z.infer<typeof NetworkTimelineResponseSchema>

export const NetworkLayoutResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    algorithm: z.string(),
    ids: z
      .array(SlugSchema)
      .meta({ description: 'Actor ids; x[i], y[i] is the position of ids[i].' }),
    x: z.array(z.number()),
    y: z.array(z.number()),
    iterations: z.number().int(),
    warmStarted: z
      .boolean()
      .meta({ description: 'Started from the previous version’s positions.' }),
    movement: z
      .object({
        median: z.number(),
        p95: z.number(),
        keptNodes: z.number().int(),
      })
      .nullable()
      .meta({
        description:
          'How far the actors kept from the previous version moved, as a share of the layout’s bounding-box diagonal; null on a cold start.',
      }),
  })
  .meta({ id: 'NetworkLayout' })

export type NetworkLayoutResponse = z.infer<typeof NetworkLayoutResponseSchema>

const GroupKeySchema = z
  .string()
  .regex(
    /^(c\d{1,6}|d(\d{5}|-))(\.\d{1,5})?$/,
    'c<community> or d<district AGS>, d- for no district; .<n> for one of its sub-communities',
  )
  .meta({
    description:
      'A community (`c12`) or the pool of small communities in a district (`d14612`; `d-`: no district); `c12.3`: sub-community 3 of a large group.',
    example: 'c0',
  })

export const GroupKeyParamsSchema = z.strictObject({ key: GroupKeySchema })

const GroupColumnsSchema = z
  .object({
    key: z.array(GroupKeySchema),
    kind: z.array(z.enum(['community', 'district'])),
    nameDe: z.array(z.string()),
    nameEn: z.array(z.string()),
    members: z.array(z.number().int()),
    internalTies: z.array(z.number().int()),
    x: z.array(z.number()).meta({ description: 'Mean force-layout position of the members.' }),
    y: z.array(z.number()),
    lon: z
      .array(z.number().nullable())
      .meta({ description: 'Mean position of the members with a place; null if none has.' }),
    lat: z.array(z.number().nullable()),
  })
  .meta({ description: 'Compact columns: group i is key[i], members[i], … .' })

const GroupLinksSchema = z
  .object({
    source: z.array(z.number().int()),
    target: z.array(z.number().int()),
    ties: z.array(z.number().int()),
  })
  .meta({
    description: 'Between groups source[i] < target[i] (indexes into groups): ties[i] ties.',
  })

export const NetworkGroupsResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    rule: z.string().meta({ description: 'How actors are grouped and ties counted.' }),
    minCommunitySize: z.number().int(),
    actors: z.number().int().meta({ description: 'Actors the filters keep.' }),
    syntheticActors: z.number().int().meta({
      description:
        'Of them, demo actors (provenance.synthetic): the grouped picture announces demo data when there are any.',
    }),
    ties: z.number().int().meta({ description: 'Ties (pairs of actors) among them.' }),
    groups: GroupColumnsSchema,
    links: GroupLinksSchema,
  })
  .meta({ id: 'NetworkGroups' })

export const NetworkGroupResponseSchema = z
  .object({
    ...AnalysisVersionShape,
    key: GroupKeySchema,
    nameDe: z.string(),
    nameEn: z.string(),
    members: z.object({
      id: z.array(SlugSchema),
      name: z.array(z.string()),
      type: z.array(z.string()),
      x: z.array(z.number()),
      y: z.array(z.number()),
    }),
    ties: z
      .object({ source: z.array(z.number().int()), target: z.array(z.number().int()) })
      .meta({ description: 'Ties among the members (indexes into members).' }),
    outside: z
      .object({
        member: z.array(z.number().int()),
        group: z.array(GroupKeySchema),
        ties: z.array(z.number().int()),
      })
      .meta({
        description:
          'Per member and other group (a sub-community `c7.2` in a large group): how many of its partners are there.',
      }),
    partners: z.object({ member: z.array(z.number().int()), id: z.array(SlugSchema) }).meta({
      description:
        'Each tie of a member to an actor of another group, so ties between two opened groups can be drawn.',
    }),
    subgroups: z
      .object({
        groups: GroupColumnsSchema,
        links: GroupLinksSchema,
        outside: z.object({
          subgroup: z.array(z.number().int()),
          group: z.array(GroupKeySchema),
          ties: z.array(z.number().int()),
        }),
      })
      .nullable()
      .meta({
        description:
          'A group too large to draw member by member (members then empty): its sub-communities (Louvain on its own ties), their links, and per sub-community and other group the ties there.',
      }),
  })
  .meta({ id: 'NetworkGroup' })

export type NetworkGroupsResponse = z.infer<typeof NetworkGroupsResponseSchema>
export type NetworkGroupResponse = z.infer<typeof NetworkGroupResponseSchema>
