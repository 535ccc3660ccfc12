/**
 * The order of the actor list: by name (default), type, place or number of connections; a leading `-` means
 * descending. Ties are always broken by name, then id, so the order (and paging through it) is total.
 */
import { z } from 'zod'

export const actorSortFields = ['name', 'type', 'place', 'connections'] as const
export type ActorSortField = (typeof actorSortFields)[number]

export interface ActorSort {
  field: ActorSortField
  descending: boolean
}

const SORT_VALUES = actorSortFields.flatMap((field) => [field, `-${field}`] as const)

export const ActorSortSchema = z
  .codec(
    z.enum(SORT_VALUES),
    z.object({ field: z.enum(actorSortFields), descending: z.boolean() }),
    {
      decode: (text) => ({
        field: text.replace(/^-/, '') as ActorSortField,
        descending: text.startsWith('-'),
      }),
      encode: (sort) => (sort.descending ? (`-${sort.field}` as const) : sort.field),
    },
  )
  .meta({
    description:
      'Order of the list: name (default), type, place or connections (number of public relationships); ' +
      'a leading - sorts descending, e.g. -connections for the best-connected first. Ties go by name.',
  })
