/** The GeoJSON shapes the map builds (RFC 7946, as MapLibre takes them). */
export interface Feature {
  type: 'Feature'
  geometry:
    | { type: 'Point'; coordinates: [number, number] }
    | { type: 'LineString'; coordinates: [number, number][] }
    | { type: string; coordinates: unknown }
  properties: Record<string, unknown>
}

export interface FeatureCollection {
  type: 'FeatureCollection'
  features: Feature[]
}
