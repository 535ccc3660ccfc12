import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ActorListQuerySchema, FiltersSchema } from '../src/index.ts'

describe('filters: one format for the API query and the URL', () => {
  it('decodes comma lists, boxes, points and flags from their URL form', () => {
    expect(
      z.decode(FiltersSchema, {
        topic: 'housing,seniors',
        bbox: '12.2,51.2,12.6,51.45',
        near: '14.6347,51.5003',
        radiusKm: '30',
        synthetic: 'false',
      }),
    ).toEqual({
      topic: ['housing', 'seniors'],
      bbox: [12.2, 51.2, 12.6, 51.45],
      near: [14.6347, 51.5003],
      radiusKm: 30,
      synthetic: false,
    })
  })

  it('encodes back to the same strings, so links and API calls round-trip', () => {
    const query = {
      type: 'welfare_org,network',
      district: '14626',
      bbox: '12,50,13,51',
      synthetic: 'true' as const,
    }
    expect(z.encode(FiltersSchema, z.decode(FiltersSchema, query))).toEqual(query)
  })

  it.each([
    [{ type: 'unknown' }, 'type'],
    [{ bbox: '1,2' }, 'bbox'],
    [{ bbox: '13,51,12,50' }, 'bbox'],
    [{ near: '14.6' }, 'near'],
    [{ radiusKm: '-3' }, 'radiusKm'],
    [{ district: '15001' }, 'district'],
    [{ municipality: '1461' }, 'municipality'],
    [{ limit: '-1' }, 'limit'],
    [{ limit: '501' }, 'limit'],
    [{ radiusKm: '30' }, 'radiusKm'],
    [{ unknown: 'x' }, ''],
  ])('rejects %j and names %s', (query, field) => {
    const result = ActorListQuerySchema.safeParse(query)
    expect(result.success).toBe(false)
    const paths = result.error?.issues.map((issue) => String(issue.path[0] ?? ''))
    expect(paths).toContain(field)
  })
})
