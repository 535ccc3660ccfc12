import { describe, expect, it } from 'vitest'
import { KIND_MAPPING, kindAndType } from '../leipzig/map-kinds.ts'
import { CATEGORY_TOPICS, RDF_TYPE_TOPICS, topicsOf } from '../leipzig/map-topics.ts'
import { parseCsv, parseCsvRecords } from '../leipzig/parse-csv.ts'
import { readLeipzigData, type LeipzigRecord } from '../leipzig/read-leipzig-data.ts'
import { actorIdsByUri, boundSlug, slugify } from '../leipzig/slugs.ts'
import { REAL_DATA_DIR } from './geo-dir.ts'

const { records } = readLeipzigData(REAL_DATA_DIR)
const valuesOf = (pick: (record: LeipzigRecord) => string[]) =>
  [...new Set(records.flatMap(pick))].sort()

function makeRecord(facts: Partial<LeipzigRecord>): LeipzigRecord {
  return {
    id: 'http://leipzig-data.de/Data/Verein/Test',
    name: 'Test e.V.',
    derived_label: null,
    kind: 'association',
    rdf_types: ['Verein'],
    source_datasets: ['Vereine'],
    categories: [],
    homepage: null,
    addresses: [],
    relations: [],
    status_in_source: [],
    last_modified_in_source: null,
    ...facts,
  }
}

describe('Leipzig Data mapping tables', () => {
  it('decides on every category, RDF type and kind in the data', () => {
    const categories = valuesOf((r) => r.categories)
    expect(categories).toHaveLength(41)
    expect(categories.filter((c) => !Object.hasOwn(CATEGORY_TOPICS, c))).toEqual([])
    expect(valuesOf((r) => r.rdf_types).filter((t) => !Object.hasOwn(RDF_TYPE_TOPICS, t))).toEqual(
      [],
    )
    expect(valuesOf((r) => [r.kind]).filter((k) => !Object.hasOwn(KIND_MAPPING, k))).toEqual([])
  })

  it.each([
    [['Seniorenvereine'], ['seniors']],
    [
      ['Jugend und Familie', 'Kinder'],
      ['youth', 'family'],
    ],
    [['Interkulturelle Vereine'], ['migration']],
    [['Behindertenvereine'], ['inclusion']],
    [['Selbsthilfegruppen'], ['health']],
    [['Frauenvereine'], ['gender_equality']],
    [['Sozio- und Stadtteilkultur', 'Kulturvereine'], ['culture']],
    [['Umwelt und Stadtgrün'], ['climate']],
    [['Medien', 'Prävention'], []],
  ])('turns the categories %j into the topics %j', (categories, topics) => {
    expect(topicsOf(makeRecord({ categories }))).toEqual(topics)
  })

  it('refuses a category nobody has decided on', () => {
    expect(() => topicsOf(makeRecord({ categories: ['Neue Kategorie'] }))).toThrow(/unmapped/)
  })

  it.each([
    ['association', ['Verein'], ['Vereine'], 'civil_society'],
    ['company', ['Unternehmen'], ['Unternehmen'], 'business'],
    ['local_authority_unit', ['OrganizationalUnit'], ['Stadtverwaltung'], 'local_authority'],
    ['research_education', ['Fakultaet'], ['Hochschulen'], 'research_group'],
    ['place', ['Ort'], ['Orte'], 'unspecified'],
    ['local_authority_unit', ['Verein'], ['Stadtverwaltung'], 'unspecified'],
    ['association', ['Verein'], ['Unternehmen'], 'unspecified'],
  ])('maps a %s typed %j from %j to type %s', (kind, rdf_types, source_datasets, type) => {
    expect(kindAndType(makeRecord({ kind, rdf_types, source_datasets })).type).toBe(type)
  })
})

describe('Leipzig Data ids', () => {
  it.each([
    ['Buergerverein/Baalsdorf', 'buergerverein-baalsdorf'],
    ['StadtLeipzig/AD.Behindertenhilfe', 'stadtleipzig-ad-behindertenhilfe'],
    ['Straße der Jugend/Ökö--Büro_', 'strasse-der-jugend-oekoe-buero'],
  ])('turns %s into %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('cuts long slugs to 120 characters and keeps two of them apart', () => {
    const [a, b] = [boundSlug(`${'a'.repeat(130)}-x`), boundSlug(`${'a'.repeat(130)}-y`)]
    expect(a).toHaveLength(120)
    expect(a).not.toBe(b)
  })

  it('gives URIs that differ only in case different ids, whatever their order', () => {
    const uris = ['http://leipzig-data.de/Data/Verein/AB', 'http://leipzig-data.de/Data/Verein/ab']
    expect(actorIdsByUri(uris)).toEqual(actorIdsByUri([...uris].reverse()))
    expect(new Set(actorIdsByUri(uris).values()).size).toBe(2)
  })
})

describe('CSV parser', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['"HTWK, Fakultät",x\n', [['HTWK, Fakultät', 'x']]],
    ['"Zentrum ""Die Villa""",\n', [['Zentrum "Die Villa"', '']]],
    ['"two\nlines",y', [['two\nlines', 'y']]],
  ])('reads %j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows)
  })

  it('refuses an unclosed quote and a row with too few fields', () => {
    expect(() => parseCsv('"open,field\n')).toThrow(/quoted/)
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/row 2/)
  })
})
