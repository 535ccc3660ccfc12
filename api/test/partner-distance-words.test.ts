/**
 * The distance reason's words come from tables made once (partner-reasons.ts); they must read exactly as the
 * straightforward formatting (toFixed(1) below 10 km, whole kilometres above) for every distance a search can
 * give, also where the tenths lie a hair from a half and `distance * 10` rounds the other way than toFixed.
 */
import { MAX_PARTNER_RADIUS_KM } from '@netzwerkatlas/shared'
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../src/domain/analysis/louvain.ts'
import { distanceWords } from '../src/domain/partners/partner-reasons.ts'

function straightforwardWords(distanceKm: number) {
  const text = distanceKm < 10 ? distanceKm.toFixed(1) : String(Math.round(distanceKm))
  return { de: `${text.replace('.', ',')} km entfernt`, en: `${text} km away` }
}

const random = seededRandom(2026_12_04)
// Distances are rounded to the metre before they are worded (partner-search.ts).
const toMetre = (km: number) => Math.round(km * 1000) / 1000
const nearHalves = Array.from({ length: 200 }, (_, n) => n / 10 + 0.05).flatMap((half) => [
  half,
  half - 1e-12,
  half + 1e-12,
  toMetre(half),
])
const distances = [
  0,
  0.001,
  9.949,
  9.95,
  9.999,
  10,
  10.5,
  299.5,
  MAX_PARTNER_RADIUS_KM,
  ...nearHalves,
  ...Array.from({ length: 20_000 }, () => toMetre(random() * MAX_PARTNER_RADIUS_KM)),
  ...Array.from({ length: 20_000 }, () => toMetre(random() * 10)),
]

describe('the distance reason', () => {
  it('reads as toFixed(1) below 10 km and whole kilometres above, for every distance tried', () => {
    const wrong = distances.filter(
      (km) => JSON.stringify(distanceWords(km)) !== JSON.stringify(straightforwardWords(km)),
    )
    expect(wrong).toEqual([])
  })

  it('says "3,4 km entfernt" in German and "3.4 km away" in English', () => {
    expect(distanceWords(3.4)).toEqual({ de: '3,4 km entfernt', en: '3.4 km away' })
    expect(distanceWords(28.6)).toEqual({ de: '29 km entfernt', en: '29 km away' })
  })
})
