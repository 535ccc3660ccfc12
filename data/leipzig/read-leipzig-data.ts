/**
 * Reads the Leipzig Data extract from REAL_DATA_DIR/leipzig-data/ (never copied into the repository; see its
 * README.md): the actor records (CC0) and the coordinates per address URI (ODbL, a few rows CC0).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { LonLat } from '@netzwerkatlas/shared'
import { parseCsvRecords } from './parse-csv.ts'

export interface LeipzigAddress {
  uri: string
  /** Null where Leipzig Data could not resolve the street key (2 addresses) or left it out. */
  street: string | null
  house_number: string | null
  postcode: string | null
  city: string | null
}

interface LeipzigRelation {
  relation: string
  target: string
  target_label: string | null
  target_in_extract: boolean
}

/** One record of leipzigdata-actors.json, as far as the import reads it. */
export interface LeipzigRecord {
  /** The source URI, e.g. http://leipzig-data.de/Data/Buergerverein/Baalsdorf */
  id: string
  name: string | null
  derived_label: string | null
  kind: string
  rdf_types: string[]
  source_datasets: string[]
  categories: string[]
  homepage: string | null
  addresses: LeipzigAddress[]
  relations: LeipzigRelation[]
  status_in_source: string[]
  last_modified_in_source: string | null
}

export interface CoordinateRow {
  point: LonLat
  source: string
  licence: 'ODbL-1.0' | 'CC0-1.0'
}

interface LeipzigData {
  records: LeipzigRecord[]
  coordinatesByAddress: ReadonlyMap<string, CoordinateRow>
}

const leipzigDataDir = (realDataDir: string) => path.join(realDataDir, 'leipzig-data')

export function readLeipzigFile(realDataDir: string, file: string): string {
  const fullPath = path.join(leipzigDataDir(realDataDir), file)
  if (!fs.existsSync(fullPath)) {
    throw new Error(
      `${fullPath} not found: set REAL_DATA_DIR to the folder that holds leipzig-data/`,
    )
  }
  return fs.readFileSync(fullPath, 'utf8')
}

function readRecords(realDataDir: string): LeipzigRecord[] {
  const records: unknown = JSON.parse(readLeipzigFile(realDataDir, 'leipzigdata-actors.json'))
  const isRecordList =
    Array.isArray(records) &&
    records.every(
      (r: { id?: unknown; addresses?: unknown }) =>
        typeof r.id === 'string' && Array.isArray(r.addresses),
    )
  if (!isRecordList) throw new Error('leipzigdata-actors.json is not a list of actor records')
  return records as LeipzigRecord[]
}

function readCoordinates(realDataDir: string): Map<string, CoordinateRow> {
  const rows = parseCsvRecords(readLeipzigFile(realDataDir, 'leipzigdata-address-coordinates.csv'))
  return new Map(
    rows.map((row) => {
      // Number('') is 0, a point off Africa: an empty field must fail instead.
      const [lon = NaN, lat = NaN] = [row.lon, row.lat].map((value) =>
        value ? Number(value) : NaN,
      )
      const { licence, address_uri: uri = '' } = row
      // WARNING: the licence differs per row (ODbL from OSM/LinkedGeoData, CC0 from WeitereAdressen.ttl).
      if (licence !== 'ODbL-1.0' && licence !== 'CC0-1.0')
        throw new Error(`unknown licence ${licence} for ${uri}`)
      if (!Number.isFinite(lon) || !Number.isFinite(lat))
        throw new Error(`bad coordinates for ${uri}`)
      return [uri, { point: [lon, lat] as const, source: row.coordinate_source ?? '', licence }]
    }),
  )
}

export function readLeipzigData(realDataDir: string): LeipzigData {
  return { records: readRecords(realDataDir), coordinatesByAddress: readCoordinates(realDataDir) }
}
