/** German texts of the graph view. */
export const graphDe = {
  nav: 'Netzwerk',
  heading: 'Netzwerk der Akteure',
  canvasRegion: 'Netzwerkgrafik',
}
