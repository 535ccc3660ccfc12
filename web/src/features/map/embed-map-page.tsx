/** The map without the app's frame, for partners' websites (route /embed/map; framing per FRAME_ANCESTORS). */
import { MapView } from './map-view.tsx'

export function EmbedMapPage() {
  return (
    <main id="main" className="embed-main">
      <MapView embedded />
    </main>
  )
}
