import { PlacesResponseSchema } from '@netzwerkatlas/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPlaceDirectory } from '../src/domain/places/place-directory.ts'
import { resolvePlace } from '../src/domain/places/resolve-place.ts'
import { suggestPlaces } from '../src/domain/places/suggest-places.ts'
import { locatedAt, makeActor, testDataset } from './support/builders.ts'
import { gazetteer, startTestApi, type TestApi } from './support/test-api.ts'

const directory = buildPlaceDirectory(gazetteer)
const noActors = () => undefined
const resolve = (text: string) => resolvePlace(directory, text, noActors)

function resolvedName(text: string) {
  const result = resolve(text)
  return result.kind === 'resolved' ? result.place.name : result.kind
}

describe('resolving what a user typed to a place', () => {
  it.each([
    'Weißwasser/O.L.',
    'Weisswasser',
    'weißwasser',
    'WEISSWASSER',
    'Weißwasser O.L.',
    'Weisswasser OL',
    'Weißwasser/Oberlausitz',
    'Weißwasser/O.L. (Görlitz)',
    '  weißwasser  ',
  ])('finds Weißwasser/O.L. from "%s"', (text) => {
    expect(resolvedName(text)).toBe('Weißwasser/O.L.')
  })

  it.each([
    ['Goerlitz', 'Görlitz'],
    ['St Egidien', 'St. Egidien'],
    ['Sankt Egidien', 'St. Egidien'],
    ['Sohland an der Spree', 'Sohland a.d.Spree'],
    ['Sohland', 'Sohland a.d.Spree'],
    ['Koenigstein', 'Königstein/Sächs.Schw.'],
    ['Frankenberg Sachsen', 'Frankenberg/Sa.'],
    ['Schwarzenberg/Erzgebirge', 'Schwarzenberg/Erzgeb.'],
    ['Krauschwitz', 'Krauschwitz i.d.O.L.'],
  ])('finds the official name from the spelling "%s"', (text, name) => {
    expect(resolvedName(text)).toBe(name)
  })

  it('resolves a postcode to its area, with that precision', () => {
    const result = resolve('02943')
    expect(result).toMatchObject({
      kind: 'resolved',
      place: { kind: 'postcode', id: '02943', precision: 'postcode' },
    })
  })

  it('lets the postcode decide when a name follows it', () => {
    expect(resolve('02943 Weißwasser')).toMatchObject({ place: { kind: 'postcode', id: '02943' } })
  })

  it('resolves a district by name, with the coarse precision of its centre', () => {
    for (const text of ['Erzgebirgskreis', 'Landkreis Görlitz', 'LK Görlitz', 'Lkr. Görlitz']) {
      expect(resolve(text)).toMatchObject({
        kind: 'resolved',
        place: { kind: 'district', name: text === 'Erzgebirgskreis' ? text : 'Görlitz' },
      })
    }
    const district = resolve('Landkreis Görlitz')
    if (district.kind !== 'resolved') throw new Error('not resolved')
    expect(district.place.precision).toBe('district')
    // The centre of the district lies inside it.
    expect(gazetteer.districtAt(district.place.point)?.name).toBe('Görlitz')
  })

  it('prefers the town over the district named after it, and offers the district too', () => {
    const result = resolve('Görlitz')
    expect(result).toMatchObject({
      kind: 'resolved',
      place: { kind: 'municipality', id: '14626110' },
    })
    if (result.kind !== 'resolved') throw new Error('not resolved')
    expect(result.alternatives.map((p) => p.label)).toContain('Landkreis Görlitz')
  })

  it('treats the city of Leipzig as the municipality and the Landkreis as an alternative', () => {
    const result = resolve('Leipzig')
    expect(result).toMatchObject({
      kind: 'resolved',
      place: { kind: 'municipality', label: 'Leipzig' },
    })
    if (result.kind !== 'resolved') throw new Error('not resolved')
    expect(result.alternatives.map((p) => p.label)).toEqual(['Landkreis Leipzig'])
  })

  it('offers choices when two municipalities share a name', () => {
    const result = resolve('Bernsdorf')
    expect(result.kind).toBe('ambiguous')
    if (result.kind !== 'ambiguous') throw new Error('not ambiguous')
    expect(result.choices.map((p) => p.label)).toEqual(
      expect.arrayContaining(['Bernsdorf (Bautzen)', 'Bernsdorf (Zwickau)']),
    )
    // Each choice's label selects it exactly.
    for (const choice of result.choices) {
      expect(resolve(choice.label)).toMatchObject({ kind: 'resolved', place: { id: choice.id } })
      expect(resolve(choice.ref)).toMatchObject({ kind: 'resolved', place: { id: choice.id } })
    }
  })

  it('offers choices for a name without its suffix that fits two towns', () => {
    const result = resolve('Oelsnitz')
    expect(result.kind).toBe('ambiguous')
    if (result.kind !== 'ambiguous') throw new Error('not ambiguous')
    expect(result.choices.map((p) => p.name).sort()).toEqual([
      'Oelsnitz/Erzgeb.',
      'Oelsnitz/Vogtl.',
    ])
  })

  it('says a misspelt name is unknown and suggests the nearest spellings', () => {
    expect(resolve('Weisswaser')).toMatchObject({
      kind: 'unknown',
      suggestions: expect.arrayContaining(['Weißwasser/O.L. (Görlitz)']) as unknown,
    })
    expect(resolve('Görlits')).toMatchObject({
      kind: 'unknown',
      suggestions: expect.arrayContaining(['Görlitz (Görlitz)']) as unknown,
    })
  })

  it('has nothing to suggest for text far from every name', () => {
    expect(resolve('Xyzzyqwertz')).toEqual({ kind: 'unknown', suggestions: [] })
  })

  it('resolves "my organisation" to the actor’s location and says how exact it is', () => {
    const actor = makeActor({ id: 'demo-haus', ...locatedAt(14.63, 51.5, '14626600') })
    const byId = (id: string) =>
      id === actor.id ? { ...actor, createdAt: '', updatedAt: '', version: 1 } : undefined
    expect(resolvePlace(directory, 'actor:demo-haus', byId)).toMatchObject({
      kind: 'resolved',
      place: { kind: 'actor', point: [14.63, 51.5], precision: 'address' },
    })
    expect(resolvePlace(directory, 'actor:demo-nobody', byId).kind).toBe('unknown')
  })
})

describe('place autocomplete', () => {
  it('lists places starting with the typed letters, bigger places first', () => {
    const { places } = suggestPlaces(directory, 'weis')
    expect(places[0]?.name).toBe('Weißwasser/O.L.')
    expect(places.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Weißenberg', 'Weißkeißel', 'Weißenborn/Erzgeb.']),
    )
  })

  it('completes postcodes by their first digits', () => {
    const { places } = suggestPlaces(directory, '0294')
    expect(places.length).toBeGreaterThan(0)
    expect(places.every((p) => p.kind === 'postcode' && p.id.startsWith('0294'))).toBe(true)
  })

  it('falls back to the nearest spellings when no name starts with the text', () => {
    const result = suggestPlaces(directory, 'Weisswaser')
    expect(result.places[0]?.name).toBe('Weißwasser/O.L.')
    expect(result.suggestions[0]).toBe('Weißwasser/O.L. (Görlitz)')
  })
})

describe('GET /api/places', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi(testDataset([makeActor({ id: 'demo-a' })]))
  })
  afterAll(async () => api.close())

  it('answers the autocomplete with places, their points and precision', async () => {
    const response = await api.app.request('/api/places?q=Weisswasser')
    expect(response.status).toBe(200)
    const body = PlacesResponseSchema.parse(await response.json())
    expect(body.places[0]).toMatchObject({
      name: 'Weißwasser/O.L.',
      precision: 'municipality',
      ref: 'ags:14626600',
    })
    expect(response.headers.get('etag')).toBeTruthy()
  })

  it('refuses an empty query naming the parameter', async () => {
    const response = await api.app.request('/api/places?q=')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ errors: [{ parameter: 'q' }] })
  })
})
