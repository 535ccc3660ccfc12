/**
 * The partner map's markers (result-markers.ts): results that would be drawn on top of each other, as several
 * actors at one town's centre near Hoyerswerda were, share one marker that names all their numbers, and no two
 * markers overlap, so every number of the list can be read on the map.
 */
import { describe, expect, it } from 'vitest'
import {
  numbersLabel,
  resultMarkers,
  type ResultPoint,
} from '../src/features/partners/result-markers.ts'

/** Screen pixels straight from the coordinates: the grouping only needs positions. */
const identity = ([x, y]: [number, number]) => ({ x, y })

const point = (n: number, x: number, y: number): ResultPoint => ({
  id: `actor-${n}`,
  n,
  lngLat: [x, y],
})

describe('the partner map’s result markers', () => {
  it('label consecutive numbers as a range and others one by one', () => {
    expect(numbersLabel([4])).toBe('4')
    expect(numbersLabel([1, 2])).toBe('1, 2')
    expect(numbersLabel([1, 2, 3, 7, 9, 10, 11])).toBe('1–3, 7, 9–11')
  })

  it('draw results at one place as one marker at the best-ranked one, naming all of them', () => {
    const markers = resultMarkers(
      [point(1, 100, 100), point(2, 300, 300), point(3, 100, 100), point(4, 101, 99)],
      identity,
    )
    expect(markers.features.map((feature) => feature.properties)).toEqual([
      expect.objectContaining({
        id: 'actor-1',
        ids: ',actor-1,actor-3,actor-4,',
        numbers: '1,3,4',
        label: '1, 3, 4',
      }),
      expect.objectContaining({ id: 'actor-2', numbers: '2', label: '2' }),
    ])
    expect(markers.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [100, 100] })
  })

  it('leave no two markers overlapping and every number on one marker, for a crowded town', () => {
    // Twenty results within 60 px, as a 30 km search draws the actors of Weißwasser and its neighbours.
    const points = Array.from({ length: 20 }, (_, i) =>
      point(i + 1, 200 + ((i * 37) % 60), 200 + ((i * 53) % 60)),
    )
    const markers = resultMarkers(points, identity).features.map((feature) => ({
      x: (feature.geometry.coordinates as [number, number])[0],
      y: (feature.geometry.coordinates as [number, number])[1],
      radius: Number(feature.properties.radius),
      numbers: String(feature.properties.numbers).split(',').map(Number),
    }))
    for (const [i, a] of markers.entries()) {
      for (const b of markers.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.radius + b.radius)
      }
    }
    expect(markers.flatMap((marker) => marker.numbers).sort((a, b) => a - b)).toEqual(
      points.map((p) => p.n),
    )
  })
})
