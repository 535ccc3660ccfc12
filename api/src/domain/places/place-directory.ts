/**
 * The places a user can type, from the gazetteer: municipalities, districts (Landkreise) and postcodes, each with
 * its search keys. Built once at start-up (geography.ts) and shared by every index; pure, so tests call it directly.
 */
import type { LonLat, Place } from '@netzwerkatlas/shared'
import { baseKey, placeKey } from './place-keys.ts'

export interface PlaceSource {
  municipalities: readonly {
    ags: string
    name: string
    districtAgs: string
    population: number
    areaKm2: number
    center: LonLat
  }[]
  districts: readonly { ags: string; name: string; type: string }[]
  postcodes: readonly { plz: string; name: string; point: LonLat }[]
}

export interface PlaceEntry {
  place: Place
  /** Keys of the whole name and of the label ("weisswasser oberlausitz", "… gorlitz"). */
  fullKeys: readonly string[]
  /** The name without its suffix ("weisswasser"). */
  baseKey: string
  /** Orders equally good matches: the bigger place first. */
  population: number
}

export interface PlaceDirectory {
  /** Municipalities, then districts, in gazetteer order. */
  named: readonly PlaceEntry[]
  byRef: ReadonlyMap<string, PlaceEntry>
  postcodes: readonly PlaceEntry[]
}

/** A district's centre: the area-weighted mean of its municipalities' centres (no polygon centroid needed). */
function districtCentre(municipalities: PlaceSource['municipalities']): [number, number] {
  let lon = 0
  let lat = 0
  let area = 0
  for (const m of municipalities) {
    lon += m.center[0] * m.areaKm2
    lat += m.center[1] * m.areaKm2
    area += m.areaKm2
  }
  return [round(lon / area), round(lat / area)]
}

const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5

export function buildPlaceDirectory(source: PlaceSource): PlaceDirectory {
  const districtName = new Map(source.districts.map((d) => [d.ags, d]))
  const urban = new Set(source.districts.filter(isUrban).map((d) => d.ags))

  const municipalities = source.municipalities.map((m): PlaceEntry => {
    const district = districtName.get(m.districtAgs)
    const label = urban.has(m.districtAgs) || !district ? m.name : `${m.name} (${district.name})`
    return {
      place: {
        kind: 'municipality',
        id: m.ags,
        name: m.name,
        label,
        point: [m.center[0], m.center[1]],
        precision: 'municipality',
        ref: `ags:${m.ags}`,
      },
      fullKeys: [placeKey(m.name), placeKey(label)],
      baseKey: baseKey(m.name),
      population: m.population,
    }
  })
  // A city that is its own district (Dresden, Leipzig, Chemnitz) is found as the municipality.
  const districts = source.districts
    .filter((d) => !isUrban(d))
    .map((d): PlaceEntry => {
      const members = source.municipalities.filter((m) => m.districtAgs === d.ags)
      const label = `Landkreis ${d.name}`
      return {
        place: {
          kind: 'district',
          id: d.ags,
          name: d.name,
          label,
          point: districtCentre(members),
          precision: 'district',
          ref: `ags:${d.ags}`,
        },
        fullKeys: [placeKey(label), placeKey(`Kreis ${d.name}`)],
        baseKey: placeKey(d.name),
        population: members.reduce((sum, m) => sum + m.population, 0),
      }
    })
  const postcodes = source.postcodes.map((p): PlaceEntry => ({
    place: {
      kind: 'postcode',
      id: p.plz,
      name: p.plz,
      label: `${p.plz} ${p.name}`,
      point: [p.point[0], p.point[1]],
      precision: 'postcode',
      ref: `plz:${p.plz}`,
    },
    fullKeys: [p.plz],
    baseKey: p.plz,
    population: 0,
  }))
  const named = [...municipalities, ...districts]
  return {
    named,
    postcodes,
    byRef: new Map([...named, ...postcodes].map((entry) => [entry.place.ref, entry])),
  }
}

function isUrban(district: { type: string }) {
  return district.type === 'Kreisfreie Stadt'
}
