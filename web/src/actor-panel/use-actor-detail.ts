/** One actor's details, shared by every view that opens the detail panel. */
import { useQuery } from '@tanstack/react-query'
import { actorDetailQuery } from '../api/queries.ts'

export function useActorDetail(id: string | undefined) {
  return useQuery({ ...actorDetailQuery(id ?? ''), enabled: id !== undefined })
}
