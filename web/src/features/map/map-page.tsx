/** The map view inside the app's frame (route /karte). */
import { MapView } from './map-view.tsx'

export function MapPage() {
  return <MapView embedded={false} />
}
