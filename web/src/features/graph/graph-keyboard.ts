/**
 * Keyboard use of the canvas: from the selected actor, the arrow keys step through its partners clockwise
 * (as drawn), Enter moves there. Pure: it gets positions and partners, and answers which actor comes next.
 */
import type { Point } from './graph-positions.ts'

/** Partners of `from`, clockwise from twelve o'clock as they are drawn (screen y grows downwards). */
export function partnersClockwise(
  from: string,
  partners: ReadonlySet<string> | undefined,
  positionOf: (id: string) => Point | undefined,
): string[] {
  const centre = positionOf(from)
  if (!centre || !partners) return []
  const angleOf = (id: string) => {
    const p = positionOf(id) ?? centre
    const angle = Math.atan2(p.x - centre.x, -(p.y - centre.y))
    return angle < 0 ? angle + 2 * Math.PI : angle
  }
  return [...partners].sort((a, b) => angleOf(a) - angleOf(b) || a.localeCompare(b))
}

/** The next partner after `current` in `order` (step +1 or −1, wrapping round); the first if none. */
export function stepThrough(order: readonly string[], current: string | undefined, step: 1 | -1) {
  if (order.length === 0) return undefined
  const at = current === undefined ? -1 : order.indexOf(current)
  if (at < 0) return step === 1 ? order[0] : order[order.length - 1]
  return order[(at + step + order.length) % order.length]
}

/** The actor to start from without a selection: the one with most partners on screen. */
export function mostConnected(neighbours: ReadonlyMap<string, ReadonlySet<string>>) {
  let best: string | undefined
  let bestCount = -1
  for (const [id, partners] of neighbours) {
    if (partners.size > bestCount || (partners.size === bestCount && id < best!)) {
      best = id
      bestCount = partners.size
    }
  }
  return best
}
