/**
 * Pictures of the current view for reports: the graph as drawn (zoom, pan, year, focus), its legend and the
 * credit line, as PNG (Cytoscape's own rendering, with the legend painted below) or as SVG (written from the
 * drawn elements, so it scales in print). Text goes through escapeXml: names are user text.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'
import { shapeOfType } from './graph-symbols.ts'

interface PictureLegendEntry {
  /** A node type (shape) or a plain colour swatch when null. */
  type: string | null
  colour: string
  text: string
}

export interface PictureText {
  title: string
  legendHeading: string
  legend: PictureLegendEntry[]
  credit: string
}

const LEGEND_ROW = 18
const LEGEND_COLUMNS = 3
const PADDING = 12

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  )

function legendHeight(text: PictureText) {
  return PADDING + 22 + Math.ceil(text.legend.length / LEGEND_COLUMNS) * LEGEND_ROW + 30
}

function shapeMarkup(
  type: string | null,
  x: number,
  y: number,
  r: number,
  fill: string,
  extra = '',
) {
  const polygon = type ? shapeOfType(type) : null
  if (!type)
    return `<rect x="${x - r}" y="${y - r}" width="${2 * r}" height="${2 * r}" fill="${fill}"${extra}/>`
  if (!polygon)
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}"${extra}/>`
  const points: string[] = []
  for (let i = 0; i < polygon.length; i += 2) {
    points.push(`${(x + polygon[i]! * r).toFixed(1)},${(y + polygon[i + 1]! * r).toFixed(1)}`)
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}"${extra}/>`
}

const isDrawn = (element: NodeSingular | EdgeSingular) =>
  element.visible() && !element.hasClass('ring-label')

/** The view as SVG: what the canvas shows now, in its pixels, the legend and the credit below. */
export function graphSvg(cy: Core, text: PictureText): string {
  const width = Math.round(cy.width())
  const height = Math.round(cy.height())
  const parts: string[] = []
  cy.edges().forEach((edge) => {
    if (!isDrawn(edge)) return
    const source = edge.source().renderedPosition()
    const target = edge.target().renderedPosition()
    const dash =
      edge.style('line-style') === 'dashed'
        ? ' stroke-dasharray="6 3"'
        : edge.style('line-style') === 'dotted'
          ? ' stroke-dasharray="1.5 3"'
          : ''
    const strokeWidth = Math.max(0.3, parseFloat(String(edge.renderedStyle('width'))))
    parts.push(
      `<line x1="${source.x.toFixed(1)}" y1="${source.y.toFixed(1)}" x2="${target.x.toFixed(1)}" y2="${target.y.toFixed(1)}" stroke="${String(edge.style('line-color'))}" stroke-width="${strokeWidth.toFixed(2)}" stroke-opacity="${edge.effectiveOpacity().toFixed(2)}"${dash}/>`,
    )
  })
  cy.nodes().forEach((node) => {
    if (!isDrawn(node)) return
    const { x, y } = node.renderedPosition()
    const r = node.renderedWidth() / 2
    const type = String(node.data('type'))
    parts.push(
      shapeMarkup(
        type,
        x,
        y,
        r,
        String(node.data('colour')),
        ` stroke="#1b1b1b" stroke-width="0.5" opacity="${node.effectiveOpacity().toFixed(2)}"`,
      ),
    )
  })
  const total = height + legendHeight(text)
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="DejaVu Sans, sans-serif" font-size="12">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g>${parts.join('')}</g>`,
    `<g transform="translate(0 ${height})">${legendMarkup(width, text)}</g>`,
    `</svg>`,
  ].join('\n')
}

/** The legend and the credit line, in their own box (0, 0)–(width, legendHeight). */
function legendMarkup(width: number, text: PictureText): string {
  const height = legendHeight(text)
  const columnWidth = Math.floor((width - PADDING) / LEGEND_COLUMNS)
  const entries = text.legend.map((entry, i) => {
    const x = PADDING + (i % LEGEND_COLUMNS) * columnWidth
    const y = PADDING + 30 + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW
    return `${shapeMarkup(entry.type, x + 6, y - 4, 6, entry.colour, ' stroke="#1b1b1b"')}<text x="${x + 18}" y="${y}">${escapeXml(entry.text)}</text>`
  })
  return [
    `<text x="${PADDING}" y="${PADDING + 12}" font-weight="bold">${escapeXml(text.legendHeading)}</text>`,
    ...entries,
    `<text x="${PADDING}" y="${height - 10}" font-size="11" fill="#4a4a4a">${escapeXml(text.credit)}</text>`,
  ].join('')
}

/** The view as PNG: Cytoscape's picture of the viewport at twice the pixels, the legend and credit below. */
export async function graphPng(cy: Core, text: PictureText): Promise<Blob> {
  const scale = 2
  const graph = cy.png({ output: 'blob-promise', bg: '#ffffff', scale, full: false })
  const bitmap = await createImageBitmap(await graph)
  const width = bitmap.width
  const legendPixels = legendHeight(text) * scale
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = bitmap.height + legendPixels
  const context = canvas.getContext('2d')!
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(bitmap, 0, 0)
  // Paint the same SVG legend onto the canvas: one drawing of the legend for both formats.
  const legendOnly = graphLegendSvg(width / scale, text)
  const image = new Image()
  image.src = URL.createObjectURL(new Blob([legendOnly], { type: 'image/svg+xml' }))
  await image.decode()
  context.drawImage(image, 0, bitmap.height, width, legendPixels)
  URL.revokeObjectURL(image.src)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  )
}

function graphLegendSvg(width: number, text: PictureText): string {
  const height = legendHeight(text)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif" font-size="12"><rect width="100%" height="100%" fill="#ffffff"/>${legendMarkup(width, text)}</svg>`
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
