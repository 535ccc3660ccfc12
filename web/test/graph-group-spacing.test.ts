import { describe, expect, it } from 'vitest'
import {
  groupDiameter,
  GROUP_LABEL_MARGIN,
  labelBox,
  spreadGroups,
} from '../src/features/graph/graph-group-spacing.ts'
import type { GraphNode } from '../src/features/graph/graph-model.ts'

const node = (id: string, name: string, type = '__group'): GraphNode => ({
  id,
  name,
  type,
  community: null,
  communityName: null,
  metrics: { degree: 1, betweenness: 1, pageRank: 1, brokerage: 1 },
  summary: null,
  force: null,
  lonLat: null,
  activeFrom: null,
  activeTo: null,
})

/** What a user sees of a group: its circle and the label below it, as a box in model units. */
function seen(at: { x: number; y: number }, size: number, name: string) {
  const label = labelBox(name)
  const halfWidth = Math.max(size / 2, label.width / 2)
  return {
    left: at.x - halfWidth,
    right: at.x + halfWidth,
    top: at.y - size / 2,
    bottom: at.y + size / 2 + GROUP_LABEL_MARGIN + label.height,
  }
}
const overlap = (a: ReturnType<typeof seen>, b: ReturnType<typeof seen>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('group spacing of the grouped graph', () => {
  it('moves groups drawn at one place apart until no circle or label covers another', () => {
    // Leipzig's communities all sit near the city's mean place: eight at almost the same point.
    const groups = Array.from({ length: 8 }, (_, i) =>
      node(`group:c${i}`, `Leipzig · Nachbarschaft und Quartier ${i} (${100 * (i + 1)})`),
    )
    const sizes = new Map(groups.map((g, i) => [g.id, groupDiameter(100 * (i + 1), 800)]))
    const of = new Map(groups.map((g, i) => [g.id, { x: 500 + i * 0.5, y: 500 }]))
    const spread = spreadGroups({ of, ring: null }, groups, sizes, (n) => n.type === '__group')
    const boxes = groups.map((g) => seen(spread.of.get(g.id)!, sizes.get(g.id)!, g.name))
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false)
    }
  })

  it('leaves the actors of an opened group where the layout put them', () => {
    const group = node('group:c0', 'Kultur · Görlitz (40)')
    const actor = node('a1', 'TELUX', 'verein')
    const of = new Map([
      [group.id, { x: 100, y: 100 }],
      [actor.id, { x: 101, y: 100 }],
    ])
    const sizes = new Map([
      [group.id, groupDiameter(40, 40)],
      [actor.id, 6],
    ])
    const spread = spreadGroups(
      { of, ring: null },
      [group, actor],
      sizes,
      (n) => n.type === '__group',
    )
    expect(spread.of.get(actor.id)).toEqual({ x: 101, y: 100 })
  })

  it('sizes a group circle by its members: four times the members, twice the diameter above the minimum', () => {
    expect(groupDiameter(400, 400)).toBeGreaterThan(3 * groupDiameter(1, 400))
    expect(groupDiameter(100, 400) - groupDiameter(0, 400)).toBeCloseTo(
      (groupDiameter(400, 400) - groupDiameter(0, 400)) / 2,
    )
  })
})
