/**
 * Cytoscape's stylesheet for the graph: size, colour and label from each element's data, a polygon per actor
 * type, a line pattern and colour per relationship type, arrows on directed ties, and the classes that hover,
 * focus, selection and the year set. Labels appear only once zoomed in far enough (`min-zoomed-font-size`), and
 * only on the nodes that carry one (NAMED_CLASS and the brought-forward ones).
 */
import type { StylesheetJson } from 'cytoscape'
import { relationshipColour } from '../../ui/actor-symbols.ts'
import { relationshipTypes } from '@netzwerkatlas/shared'
import { GROUP_FONT_SIZE, GROUP_LABEL_MARGIN, GROUP_LABEL_WIDTH } from './graph-group-spacing.ts'
import { GROUP_TYPE } from './graph-groups.ts'
import { actorTypeIds, lineStyleOf, shapeOfType } from './graph-symbols.ts'

const INK = '#1b1b1b'
/** The class of nodes that carry their name (graph-canvas.tsx sets it on the nodes in view once zoomed in). */
export const NAMED_CLASS = 'named'
/** Names show from zoom 1.5 on (font 8, `min-zoomed-font-size` 12); nodes are named a little before that. */
export const NAMED_FROM_ZOOM = 1.2
const FOCUS = '#d1410c'

export function graphStylesheet(): StylesheetJson {
  const typeShapes = actorTypeIds.map((type) => {
    const polygon = shapeOfType(type)
    return {
      selector: `node[type = "${type}"]`,
      style: polygon
        ? { shape: 'polygon' as const, 'shape-polygon-points': polygon.join(' ') }
        : { shape: 'ellipse' as const },
    }
  })
  const tieStyles = relationshipTypes.ids.map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': relationshipColour(type), 'line-style': lineStyleOf(type) },
  }))
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 0.6,
        'border-color': INK,
      },
    },
    ...typeShapes,
    {
      // Names only on the nodes that can show one: those the canvas named (in view from NAMED_FROM_ZOOM on,
      // see graph-canvas.tsx), the brought-forward, selected and group nodes. A label on every node made
      // Cytoscape measure 2,800 texts for the first frame although `min-zoomed-font-size` hides them all there.
      selector: `node.${NAMED_CLASS}, node.hover-bright, node.bright, node.selected, node.candidate, node[type = "${GROUP_TYPE}"], node.ring-label`,
      style: {
        label: 'data(name)',
        'font-size': 8,
        // Labels only from zoom 1.5 on (8 × 1.5 = 12): at the overview they would cover each other.
        'min-zoomed-font-size': 12,
        color: INK,
        'text-outline-color': '#ffffff',
        'text-outline-width': 1.5,
        'text-valign': 'bottom',
        'text-margin-y': 2,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'haystack',
        opacity: 0.55,
      },
    },
    ...tieStyles,
    {
      // Arrows need a curve style that has ends; haystack has none.
      selector: 'edge[?directed]',
      style: {
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': 'data(arrowColour)',
        'arrow-scale': 0.6,
      },
    },
    {
      // A group of the grouped view: a ring, named with its size, the label always shown. Font and wrap width
      // are the ones graph-group-spacing.ts made room for.
      selector: `node[type = "${GROUP_TYPE}"]`,
      style: {
        shape: 'ellipse',
        'border-width': 2,
        'min-zoomed-font-size': 0,
        'font-size': GROUP_FONT_SIZE,
        'text-max-width': `${GROUP_LABEL_WIDTH}px`,
        'text-wrap': 'wrap',
        'text-margin-y': GROUP_LABEL_MARGIN,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.hover-faded', style: { opacity: 0.15, 'text-opacity': 0 } },
    { selector: 'edge.hover-bright', style: { opacity: 1 } },
    { selector: 'node.hover-bright', style: { 'min-zoomed-font-size': 0, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: 'edge.bright', style: { opacity: 0.95, width: 1.6 } },
    { selector: 'edge.on-path', style: { width: 3.5, opacity: 1, 'line-color': FOCUS } },
    {
      selector: 'node.bright',
      style: { 'min-zoomed-font-size': 0, 'z-index': 10 },
    },
    {
      selector: 'node.selected',
      style: {
        'border-width': 3,
        'border-color': FOCUS,
        'min-zoomed-font-size': 0,
        'font-size': 12,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'node.candidate',
      style: {
        'border-width': 3,
        'border-color': INK,
        'border-style': 'dashed',
        'min-zoomed-font-size': 0,
        'font-size': 11,
        'z-index': 20,
      },
    },
    {
      selector: 'node.ring-label',
      style: {
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': 36,
        'min-zoomed-font-size': 0,
        'text-valign': 'center',
        events: 'no',
      },
    },
  ]
}
