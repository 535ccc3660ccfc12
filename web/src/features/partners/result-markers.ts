/**
 * The partner map's markers: results whose circles would overlap on screen share one marker labelled with all
 * their numbers ("1–3, 7"), so every number stays legible where several actors sit at one town's centre.
 * Pure (screen positions come from `project`), so the grouping is tested without a map.
 */
import type { FeatureCollection } from '../../map-base/geojson.ts'

export interface ResultPoint {
  id: string
  /** The result's number in the ordered list (1…). */
  n: number
  lngLat: [number, number]
}

/** Space kept between two markers' circles on screen (px). */
const MARKER_GAP_PX = 2

/** 11 px for one number, wider for a label of several ("1–3, 7"): the text stays inside the circle. */
const markerRadius = (label: string) => Math.max(11, 5 + 3.6 * label.length)

/** "1–3, 7": the numbers of a marker, consecutive ones as a range. */
export function numbersLabel(numbers: readonly number[]): string {
  const runs: string[] = []
  for (let i = 0; i < numbers.length;) {
    let end = i
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++
    const [first, last] = [numbers[i]!, numbers[end]!]
    runs.push(
      first === last
        ? String(first)
        : last === first + 1
          ? `${first}, ${last}`
          : `${first}–${last}`,
    )
    i = end + 1
  }
  return runs.join(', ')
}

interface Marker {
  x: number
  y: number
  members: ResultPoint[]
  label: string
  radius: number
}

function markerOf(x: number, y: number, members: ResultPoint[]): Marker {
  const label = numbersLabel(members.map((member) => member.n))
  return { x, y, members, label, radius: markerRadius(label) }
}

/**
 * The markers at the map's current zoom: results whose circles would overlap on screen (several actors in one
 * town, at its centre) are drawn as one marker at the best-ranked one's place, labelled with all their numbers
 * ("3–5"), so every number stays legible. Two overlapping markers are merged until none overlaps (a merged
 * marker is wider, so it may reach another); a page has at most 60 results, so the quadratic search is cheap.
 */
export function resultMarkers(
  points: readonly ResultPoint[],
  project: (lngLat: [number, number]) => { x: number; y: number },
): FeatureCollection {
  const placed = points.map((point) => {
    const { x, y } = project(point.lngLat)
    return markerOf(x, y, [point])
  })
  const overlapping = (): [number, number] | undefined => {
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i]!, placed[j]!]
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + MARKER_GAP_PX) return [i, j]
      }
    }
    return undefined
  }
  for (let pair = overlapping(); pair; pair = overlapping()) {
    // `placed` stays in the order of each marker's best-ranked result: i's marker ranks above j's.
    const [i, j] = pair
    const [a, b] = [placed[i]!, placed[j]!]
    const members = [...a.members, ...b.members].sort((p, q) => p.n - q.n)
    placed[i] = markerOf(a.x, a.y, members)
    placed.splice(j, 1)
  }
  return {
    type: 'FeatureCollection',
    features: placed.map(({ members, label, radius }) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: members[0]!.lngLat },
      properties: {
        id: members[0]!.id,
        // Delimited on both sides, so the selection's filter can look for ",<id>," without partial matches.
        ids: `,${members.map((member) => member.id).join(',')},`,
        numbers: members.map((member) => member.n).join(','),
        label,
        radius,
      },
    })),
  }
}
