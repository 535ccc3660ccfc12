/** English texts of the graph view. */
import type { graphDe } from './graph.de.ts'

export const graphEn: Record<keyof typeof graphDe, string> = {
  nav: 'Network',
  heading: 'Network of actors',
  canvasRegion: 'Network graphic',
}
