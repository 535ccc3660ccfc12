/**
 * Keyboard selection: the actor nearest to a point on screen in a direction (Shift + arrow key), and the one
 * nearest to the centre (Enter). Distances in screen pixels; straying from the direction costs extra.
 */
export interface ScreenPoint {
  id: string
  x: number
  y: number
}

export type Direction = 'left' | 'right' | 'up' | 'down'

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
}

export function nearestInDirection(
  from: { x: number; y: number },
  direction: Direction,
  candidates: readonly ScreenPoint[],
  excludeId?: string,
): ScreenPoint | undefined {
  const [dx, dy] = VECTORS[direction]
  let best: ScreenPoint | undefined
  let bestScore = Infinity
  for (const candidate of candidates) {
    if (candidate.id === excludeId) continue
    const vx = candidate.x - from.x
    const vy = candidate.y - from.y
    const distance = Math.hypot(vx, vy)
    if (distance < 0.5) continue
    const cosine = (vx * dx + vy * dy) / distance
    if (cosine < 0.5) continue // within ±60° of the direction
    const score = distance * (1 + 2 * (1 - cosine))
    if (score < bestScore) {
      bestScore = score
      best = candidate
    }
  }
  return best
}

export function nearestTo(
  point: { x: number; y: number },
  candidates: readonly ScreenPoint[],
): ScreenPoint | undefined {
  let best: ScreenPoint | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = Math.hypot(candidate.x - point.x, candidate.y - point.y)
    if (distance < bestDistance) {
      bestDistance = distance
      best = candidate
    }
  }
  return best
}
