import { haversineKm } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { radiusRing, ringBounds } from '../src/features/partners/radius-circle.ts'

const WEISSWASSER: [number, number] = [14.6347, 51.5003]

describe('the partner finder radius circle', () => {
  it('puts every vertex at the radius by the distance the API ranks with, so the drawn edge is the rule', () => {
    for (const radiusKm of [1, 30, 300]) {
      const ring = radiusRing(WEISSWASSER, radiusKm)
      expect(ring[0]).toEqual(ring.at(-1))
      for (const vertex of ring) {
        expect(Math.abs(haversineKm(WEISSWASSER, vertex) - radiusKm)).toBeLessThan(1e-6)
      }
    }
  })

  it('spans the radius north-south in degrees of latitude (111.2 km each on this sphere)', () => {
    const [, minLat, , maxLat] = ringBounds(radiusRing(WEISSWASSER, 30))
    const kmPerDegree = (6371.0088 * Math.PI) / 180
    expect(maxLat - WEISSWASSER[1]).toBeCloseTo(30 / kmPerDegree, 6)
    expect(WEISSWASSER[1] - minLat).toBeCloseTo(30 / kmPerDegree, 6)
  })
})
