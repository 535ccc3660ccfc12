/**
 * Room for the groups of the grouped view: each group circle is sized by its members, and circles whose
 * circle-plus-label boxes overlap are pushed apart, so no label covers another. Positions and font sizes are
 * both in model units, so what does not overlap here does not overlap at any zoom.
 */
import type { GraphNode } from './graph-model.ts'
import type { GraphPositions, Point } from './graph-positions.ts'

/** Diameters of group circles in model units (the layouts span 1,000): area grows with the members. */
const GROUP_MIN_SIZE = 36
const GROUP_MAX_SIZE = 150
/** The group label's font size and wrap width in model units; the stylesheet draws it with these. */
export const GROUP_FONT_SIZE = 16
export const GROUP_LABEL_WIDTH = 170
/** Below the circle: the stylesheet's `text-margin-y`. */
export const GROUP_LABEL_MARGIN = 4
/** Average glyph width and line height of the sans-serif label, in font sizes (measured on Chromium). */
const GLYPH_WIDTH = 0.58
const LINE_HEIGHT = 1.25
/** Air between two boxes, in model units. */
const GAP = 6
const ROUNDS = 80

export function groupDiameter(members: number, maxMembers: number): number {
  return GROUP_MIN_SIZE + (GROUP_MAX_SIZE - GROUP_MIN_SIZE) * Math.sqrt(members / maxMembers)
}

/** Width and height of a label wrapped at word boundaries into lines of at most GROUP_LABEL_WIDTH. */
export function labelBox(text: string): { width: number; height: number } {
  const perLine = Math.floor(GROUP_LABEL_WIDTH / (GLYPH_WIDTH * GROUP_FONT_SIZE))
  let lines = 1
  let line = 0
  let widest = 0
  for (const word of text.split(/\s+/)) {
    const next = line === 0 ? word.length : line + 1 + word.length
    if (next > perLine && line > 0) {
      lines++
      widest = Math.max(widest, line)
      line = word.length
    } else line = next
  }
  widest = Math.max(widest, line)
  return {
    width: Math.min(widest, perLine) * GLYPH_WIDTH * GROUP_FONT_SIZE,
    height: lines * LINE_HEIGHT * GROUP_FONT_SIZE,
  }
}

interface Box {
  id: string
  at: Point
  /** Half the width; the box reaches from the circle's top to the label's bottom. */
  halfWidth: number
  top: number
  bottom: number
}

/**
 * The positions with the group nodes (`isGroup`) moved apart until no two circle-plus-label boxes overlap (or
 * after ROUNDS rounds, for a crowd that cannot settle). Each overlapping pair moves apart along the axis it
 * overlaps least, half each, so the picture keeps its shape. Actors of an opened group stay where they are.
 */
export function spreadGroups(
  positions: GraphPositions,
  nodes: readonly GraphNode[],
  sizes: Map<string, number>,
  isGroup: (node: GraphNode) => boolean,
): GraphPositions {
  const boxes: Box[] = []
  for (const node of nodes) {
    const at = positions.of.get(node.id)
    if (!at || !isGroup(node)) continue
    const radius = (sizes.get(node.id) ?? GROUP_MIN_SIZE) / 2
    const label = labelBox(node.name)
    boxes.push({
      id: node.id,
      at: { ...at },
      halfWidth: Math.max(radius, label.width / 2) + GAP / 2,
      top: radius + GAP / 2,
      bottom: radius + GROUP_LABEL_MARGIN + label.height + GAP / 2,
    })
  }
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        moved = pushApart(boxes[i]!, boxes[j]!) || moved
      }
    }
    if (!moved) break
  }
  const of = new Map(positions.of)
  for (const box of boxes) of.set(box.id, box.at)
  return { ...positions, of }
}

function pushApart(a: Box, b: Box): boolean {
  const overlapX = a.halfWidth + b.halfWidth - Math.abs(a.at.x - b.at.x)
  // Vertically the boxes are not centred on the node: the label hangs below.
  const [upper, lower] = a.at.y <= b.at.y ? [a, b] : [b, a]
  const overlapY = upper.bottom + lower.top - (lower.at.y - upper.at.y)
  if (overlapX <= 0 || overlapY <= 0) return false
  if (overlapX < overlapY) {
    const [left, right] = a.at.x <= b.at.x ? [a, b] : [b, a]
    left.at.x -= overlapX / 2
    right.at.x += overlapX / 2
  } else {
    upper.at.y -= overlapY / 2
    lower.at.y += overlapY / 2
  }
  return true
}
