/**
 * The Cytoscape.js canvas (canvas renderer, `preset` positions). React hands it the model and what to
 * bring forward; it keeps one Cytoscape instance and changes classes and data in batches, so hover, year and
 * focus never rebuild the graph. Counts of what is drawn go on the frame as `data-` attributes (tests, bench).
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape'
import fcose from 'cytoscape-fcose'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { relationshipColour } from '../../ui/actor-symbols.ts'
import type { GraphLayout } from './graph-choices.ts'
import type { GraphFocus } from './graph-focus.ts'
import type { GraphModel, YearView } from './graph-model.ts'
import type { GraphPositions } from './graph-positions.ts'
import { groupKeyOf } from './graph-groups.ts'
import { graphStylesheet, NAMED_CLASS, NAMED_FROM_ZOOM } from './graph-stylesheet.ts'

cytoscape.use(fcose)

/**
 * Cytoscape puts an inline <style> (`position: relative` for its container) into the head unless an element
 * with this id is there already; the CSP (`style-src 'self'`, no hashes: the rule would be Cytoscape's to
 * change) refuses it with a console error. graph.css positions the container, so a placeholder of that id
 * keeps Cytoscape from trying.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet'
function claimCytoscapeStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return
  const placeholder = document.createElement('meta')
  placeholder.id = CYTOSCAPE_STYLESHEET_ID
  placeholder.name = 'cytoscape-container-style'
  placeholder.content = 'graph.css'
  document.head.append(placeholder)
}

const RING_LABEL_ID = '__ring-label'
const LAYOUT_ANIMATION_MS = 600
/** fcose arranges a focus only when it is this small (0.5 s for 200 nodes here). */
export const FCOSE_MAX_NODES = 300

/** WebGL 2 is what Cytoscape's WebGL renderer needs; without it (no GPU, blocked) the canvas renderer draws. */
function browserHasWebgl() {
  return document.createElement('canvas').getContext('webgl2') !== null
}

export interface GraphCanvasProps {
  /** Opted into WebGL (URL `renderer=webgl`); read once: the page remounts the canvas when it changes. */
  webgl: boolean
  model: GraphModel
  positions: GraphPositions
  layout: GraphLayout
  view: YearView
  sizes: Map<string, number>
  colours: Map<string, string>
  focus: GraphFocus
  selectedId: string | undefined
  candidateId: string | undefined
  /** Bumped to arrange the focused actors with fcose. */
  arrangeFocusRequest: number
  canvasLabel: string
  ringLabel: string
  onSelect: (id: string) => void
  /** A group node of the grouped view was chosen: show its members. */
  onExpandGroup: (key: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  /** The instance, for the picture export and the keyboard (which asks where nodes are drawn). */
  onReady: (cy: Core | null) => void
}

/**
 * The elements with their final size, colour and year class: Cytoscape then computes every element's style
 * once. Adding them plain and setting data and classes after cost a second pass over every element, which
 * was most of the first frame with 2,800 actors (profiled, see ADR 0019).
 */
function elementsOf(props: GraphCanvasProps): ElementDefinition[] {
  const { sizes, colours, view } = props
  const nodes = props.model.nodes.map((node): ElementDefinition => ({
    group: 'nodes',
    data: {
      id: node.id,
      name: node.name,
      type: node.type,
      size: sizes.get(node.id) ?? 10,
      colour: colours.get(node.id) ?? '#BBBBBB',
    },
    position: { ...(props.positions.of.get(node.id) ?? { x: 0, y: 0 }) },
    classes: view.nodeIds.has(node.id) ? undefined : 'hidden',
  }))
  const edges = props.model.edges.map((edge): ElementDefinition => ({
    group: 'edges',
    classes: view.edgeIds.has(edge.id) ? undefined : 'hidden',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      directed: edge.directed,
      arrowColour: relationshipColour(edge.type),
      // A link of the grouped view grows with the ties it stands for (log: hundreds stay readable).
      width: edge.weight === undefined ? 0.8 : 0.6 + 0.9 * Math.log2(edge.weight),
    },
  }))
  const ring = props.positions.ring
  const label: ElementDefinition[] = ring
    ? [
        {
          group: 'nodes',
          data: { id: RING_LABEL_ID, name: props.ringLabel, size: 1, colour: '#ffffff' },
          position: { ...ring.label },
          classes: 'ring-label',
          selectable: false,
          grabbable: false,
        },
      ]
    : []
  return [...nodes, ...edges, ...label]
}

const FIT_PADDING = 20

/**
 * cy.fit() from the positions and sizes we hold: Cytoscape's own fit first measures every element's bounding
 * box, labels included, which took a quarter of the first frame at 2,800 actors.
 */
function fitToNodes(
  cy: Core,
  model: GraphModel,
  positions: GraphPositions,
  sizes: Map<string, number>,
) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const node of model.nodes) {
    const at = positions.of.get(node.id)
    if (!at) continue
    const radius = (sizes.get(node.id) ?? 0) / 2
    minX = Math.min(minX, at.x - radius)
    minY = Math.min(minY, at.y - radius)
    maxX = Math.max(maxX, at.x + radius)
    maxY = Math.max(maxY, at.y + radius)
  }
  if (positions.ring) {
    minY = Math.min(minY, positions.ring.label.y)
  }
  if (!Number.isFinite(minX)) return
  const width = Math.max(maxX - minX, 1)
  const height = Math.max(maxY - minY, 1)
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * FIT_PADDING) / width, (cy.height() - 2 * FIT_PADDING) / height),
    ),
  )
  cy.viewport({
    zoom,
    pan: {
      x: (cy.width() - zoom * (minX + maxX)) / 2,
      y: (cy.height() - zoom * (minY + maxY)) / 2,
    },
  })
}

/**
 * Names the nodes in view (and half a view around it) once the zoom is close to where names show: naming every
 * node up front made the first frame measure thousands of label texts that the overview never draws.
 */
function nameNodesInView(cy: Core) {
  if (cy.zoom() < NAMED_FROM_ZOOM) return
  const { x1, y1, x2, y2, w, h } = cy.extent()
  const unnamed = cy.nodes().filter((node) => {
    if (node.hasClass(NAMED_CLASS)) return false
    const { x, y } = node.position()
    return x >= x1 - w / 2 && x <= x2 + w / 2 && y >= y1 - h / 2 && y <= y2 + h / 2
  })
  if (unnamed.nonempty()) unnamed.addClass(NAMED_CLASS)
}

function focusedIds(focus: GraphFocus): Set<string> | null {
  return focus.kind === 'none' ? null : new Set(focus.actorIds)
}

export function GraphCanvas(props: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const cyRef = useRef<Core | null>(null)
  const propsRef = useRef(props)
  useLayoutEffect(() => {
    propsRef.current = props
  })
  const appliedPositions = useRef<GraphPositions | null>(null)
  /** The sizes, colours and year view the elements carry already (set when they were built or changed). */
  const applied = useRef<{
    sizes?: Map<string, number>
    colours?: Map<string, string>
    view?: YearView
  }>({})
  const [renderedModel, setRenderedModel] = useState<GraphModel | null>(null)
  const [usesWebgl] = useState(() => props.webgl && browserHasWebgl())

  useEffect(() => {
    claimCytoscapeStylesheet()
    const cy = cytoscape({
      container: containerRef.current,
      style: graphStylesheet(),
      ...(usesWebgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 8,
      wheelSensitivity: 0.4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      // While the user pans or zooms, only the nodes are redrawn: with thousands of ties a full frame took
      // ~0.5 s here. Applies to real input only (wheel, drag), not to cy.zoom().
      hideEdgesOnViewport: true,
      // A wheel step then moves one cached picture of the graph instead of drawing every node again (issue 9:
      // ≤ 20 ms per step at 2k actors); the full frame follows once the user stops.
      textureOnViewport: true,
      motionBlur: false,
      // One canvas pixel per CSS pixel: on a 2× screen that is a quarter of the fill work, the lines stay sharp enough.
      pixelRatio: 1,
    })
    cyRef.current = cy
    cy.on('tap', 'node', (event) => {
      const id = (event.target as NodeSingular).id()
      const group = groupKeyOf(id)
      if (group !== undefined) propsRef.current.onExpandGroup(group)
      else if (id !== RING_LABEL_ID) propsRef.current.onSelect(id)
    })
    // Hover brings the neighbourhood forward; the classes are separate from the focus's, so both can hold.
    cy.on('mouseover', 'node', (event) => {
      const hood = (event.target as NodeSingular).closedNeighborhood()
      cy.batch(() => {
        cy.elements().not(hood).addClass('hover-faded')
        hood.addClass('hover-bright')
      })
      containerRef.current?.style.setProperty('cursor', 'pointer')
    })
    cy.on('viewport', () => nameNodesInView(cy))
    cy.on('mouseout', 'node', () => {
      cy.batch(() => cy.elements().removeClass('hover-faded hover-bright'))
      containerRef.current?.style.removeProperty('cursor')
    })
    propsRef.current.onReady(cy)
    return () => {
      propsRef.current.onReady(null)
      cy.destroy()
      cyRef.current = null
    }
  }, [usesWebgl])

  // A new model (filters, data version, an opened group, a year of the grouped view): rebuild the elements at
  // the current layout's positions. The view fits them only when other nodes are drawn: a year step of the
  // grouped view that only reweighs its links keeps the user's zoom.
  const { model } = props
  const fittedNodeIds = useRef<ReadonlySet<string>>(new Set())
  useEffect(() => {
    const cy = cyRef.current!
    const current = propsRef.current
    cy.batch(() => {
      cy.elements().remove()
      cy.add(elementsOf(current))
    })
    appliedPositions.current = current.positions
    applied.current = { sizes: current.sizes, colours: current.colours, view: current.view }
    const nodeIds = new Set(model.nodes.map((node) => node.id))
    const fitted = fittedNodeIds.current
    if (nodeIds.size !== fitted.size || model.nodes.some((node) => !fitted.has(node.id))) {
      fitToNodes(cy, model, current.positions, current.sizes)
    }
    fittedNodeIds.current = nodeIds
    // A kept zoom (a year step of the grouped view) may already be one that shows names.
    nameNodesInView(cy)
    // The WebGL renderer fires no `render` event (TOOLCHAIN.md): there the next animation frame stands for it.
    if (usesWebgl) requestAnimationFrame(() => requestAnimationFrame(() => setRenderedModel(model)))
    else cy.one('render', () => setRenderedModel(model))
  }, [model, usesWebgl])

  // Another layout: move the nodes there, animated.
  const { positions } = props
  useEffect(() => {
    const cy = cyRef.current!
    if (appliedPositions.current === positions) return
    appliedPositions.current = positions
    cy.remove(`#${RING_LABEL_ID}`)
    if (positions.ring) {
      cy.add(elementsOf(propsRef.current).filter((element) => element.data.id === RING_LABEL_ID))
    }
    cy.nodes()
      .not('.ring-label')
      .layout({
        name: 'preset',
        positions: Object.fromEntries(positions.of),
        animate: true,
        animationDuration: LAYOUT_ANIMATION_MS,
        fit: true,
        padding: 20,
      })
      .run()
  }, [positions])

  const { sizes, colours } = props
  useEffect(() => {
    const cy = cyRef.current!
    if (applied.current.sizes === sizes && applied.current.colours === colours) return
    applied.current = { ...applied.current, sizes, colours }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const size = sizes.get(node.id())
        if (size !== undefined) node.data('size', size)
        const colour = colours.get(node.id())
        if (colour !== undefined) node.data('colour', colour)
      })
    })
  }, [model, sizes, colours])

  const { view } = props
  useEffect(() => {
    const cy = cyRef.current!
    if (applied.current.view === view) return
    applied.current = { ...applied.current, view }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (node.id() === RING_LABEL_ID) return
        node.toggleClass('hidden', !view.nodeIds.has(node.id()))
      })
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !view.edgeIds.has(edge.id()))
      })
    })
  }, [model, view])

  const { focus, selectedId, candidateId } = props
  useEffect(() => {
    const cy = cyRef.current!
    const focused = focusedIds(focus)
    const onPath = focus.kind === 'path' ? new Set(focus.relationshipIds) : null
    cy.batch(() => {
      // Only the elements that carry one: a new model has none, and the first frame should not visit each.
      cy.elements('.faded, .bright, .on-path, .selected, .candidate').removeClass(
        'faded bright on-path selected candidate',
      )
      if (focused) {
        cy.nodes().forEach((node) => {
          if (node.id() === RING_LABEL_ID) return
          node.addClass(focused.has(node.id()) ? 'bright' : 'faded')
        })
        cy.edges().forEach((edge) => {
          const inside = focused.has(edge.source().id()) && focused.has(edge.target().id())
          edge.addClass(onPath?.has(edge.id()) ? 'on-path' : inside && !onPath ? 'bright' : 'faded')
        })
      }
      if (selectedId) cy.getElementById(selectedId).addClass('selected')
      if (candidateId) cy.getElementById(candidateId).addClass('candidate')
    })
  }, [model, focus, selectedId, candidateId])

  // fcose for a small focus: arrange it in place, then show it whole. The other nodes keep their places.
  const { arrangeFocusRequest } = props
  useEffect(() => {
    if (arrangeFocusRequest === 0) return
    const cy = cyRef.current!
    const focused = focusedIds(propsRef.current.focus)
    if (!focused || focused.size > FCOSE_MAX_NODES) return
    const part = cy.nodes().filter((node) => focused.has(node.id()))
    part
      .union(part.edgesWith(part))
      .layout({
        name: 'fcose',
        animate: true,
        animationDuration: LAYOUT_ANIMATION_MS,
        randomize: false,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions)
      .run()
  }, [arrangeFocusRequest])

  return (
    <div
      className="graph-frame"
      data-visible-nodes={props.view.nodeIds.size}
      data-visible-edges={props.view.edgeIds.size}
      data-layout={props.layout}
      data-renderer={usesWebgl ? 'webgl' : 'canvas'}
      data-rendered={renderedModel === model ? 'true' : 'false'}
    >
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-label={props.canvasLabel}
        tabIndex={0}
        onKeyDown={props.onKeyDown}
      />
    </div>
  )
}
