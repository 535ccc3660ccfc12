import { describe, expect, it } from 'vitest'
import { GEO_CREDITS, GEO_CREDIT_SEPARATOR } from '../geo/credits.ts'
import { loadGazetteer } from '../geo/gazetteer.ts'
import { placeAtPostcode } from '../geo/geocode.ts'
import fs from 'node:fs'
import path from 'node:path'
import { GEO_DIR } from './geo-dir.ts'

const gazetteer = loadGazetteer(GEO_DIR)

describe('gazetteer', () => {
  it("reads Saxony's 13 districts, 418 municipalities and 404 postcodes", () => {
    expect(gazetteer.districts).toHaveLength(13)
    expect(gazetteer.municipalities).toHaveLength(418)
    expect(gazetteer.postcodes).toHaveLength(404)
  })

  it.each([
    [[13.7373, 51.0504], '14612', 'Dresden'],
    [[12.3731, 51.3397], '14713', 'Leipzig'],
    [[14.6347, 51.5003], '14626', 'Weißwasser/O.L.'],
  ] as const)('finds district and municipality of %j', (point, districtAgs, municipalityName) => {
    expect(gazetteer.districtAt(point)?.ags).toBe(districtAgs)
    expect(gazetteer.municipalityAt(point)?.name).toBe(municipalityName)
  })

  it('finds no district outside Saxony', () => {
    expect(gazetteer.districtAt([13.405, 52.52])).toBeUndefined() // Berlin
  })

  it('takes the municipality from the city name when a postcode spans several', () => {
    expect(placeAtPostcode(gazetteer, '02943', 'Weißwasser/O.L.')?.municipalityAgs).toBe('14626600')
    expect(placeAtPostcode(gazetteer, '99999', 'Nirgendwo')).toBeUndefined()
  })
})

describe('geodata credits', () => {
  it('joins to the exact credit line that SOURCES.md requires on the map', () => {
    const sources = fs.readFileSync(path.join(GEO_DIR, 'SOURCES.md'), 'utf8')
    const required = /## Credits to show on the map[\s\S]*?\n> (.+)\n/.exec(sources)?.[1]
    expect(GEO_CREDITS.map((credit) => credit.text).join(GEO_CREDIT_SEPARATOR)).toBe(required)
  })

  it('names each licence inside its credit so the map can link it', () => {
    for (const credit of GEO_CREDITS.filter((c) => c.licence !== null)) {
      expect(credit.text).toContain(credit.licence)
    }
  })
})
