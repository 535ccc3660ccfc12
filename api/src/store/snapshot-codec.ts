/**
 * A compact form of a snapshot's records for saving (saved-snapshots.ts): every distinct string, list and
 * provenance is written once, in tables; records refer to them by number. Decoding needs no interning (the
 * shared values come out shared, see interner.ts) and parses mostly small numbers: at 100k actors ~1/5 of
 * the JSON the database writes, and no hashing of millions of strings.
 *
 * Records are described field by field, in the key order of actorFromRow / relationshipFromRow, so that a
 * decoded record serialises exactly as one read from the database.
 */
import type { Actor, Provenance, Relationship } from '@netzwerkatlas/shared'

/** s: a string or null; r: a number, boolean or null as it is; l: a list of strings; p: a provenance. */
type Field = 's' | 'r' | 'l' | 'p' | { nullable: Shape }
type Shape = readonly (readonly [string, Field])[]

const PROVENANCE: Shape = [
  ['dataset', 's'],
  ['source', 's'],
  ['sourceUrl', 's'],
  ['sourceRecordId', 's'],
  ['licence', 's'],
  ['attribution', 's'],
  ['note', 's'],
  ['synthetic', 'r'],
  ['lastVerified', 's'],
]

const ACTOR: Shape = [
  ['id', 's'],
  ['name', 's'],
  ['kind', 's'],
  ['type', 's'],
  ['description', 's'],
  ['topics', 'l'],
  [
    'address',
    {
      nullable: [
        ['street', 's'],
        ['houseNumber', 's'],
        ['postcode', 's'],
        ['city', 's'],
      ],
    },
  ],
  ['municipalityAgs', 's'],
  ['districtAgs', 's'],
  [
    'location',
    {
      nullable: [
        ['lon', 'r'],
        ['lat', 'r'],
        ['precision', 's'],
        ['source', 's'],
        ['licence', 's'],
        ['attribution', 's'],
      ],
    },
  ],
  ['website', 's'],
  [
    'contact',
    {
      nullable: [
        ['email', 's'],
        ['phone', 's'],
      ],
    },
  ],
  ['offers', 'l'],
  ['offersText', 's'],
  ['needs', 'l'],
  ['needsText', 's'],
  ['foundedYear', 'r'],
  ['status', 's'],
  ['stage', 's'],
  ['startDate', 's'],
  ['startTime', 's'],
  ['endDate', 's'],
  ['endTime', 's'],
  ['provenance', 'p'],
  ['createdAt', 's'],
  ['updatedAt', 's'],
  ['version', 'r'],
]

const RELATIONSHIP: Shape = [
  ['id', 's'],
  ['sourceId', 's'],
  ['targetId', 's'],
  ['type', 's'],
  ['directed', 'r'],
  ['description', 's'],
  ['since', 's'],
  ['until', 's'],
  ['weight', 'r'],
  ['confirmedBy', 'l'],
  ['status', 's'],
  ['provenance', 'p'],
  ['createdAt', 's'],
  ['updatedAt', 's'],
  ['version', 'r'],
]

type Encoded = number | boolean | null | Encoded[]

export interface EncodedRecords {
  format: typeof FORMAT
  strings: string[]
  lists: number[][]
  provenances: Encoded[][]
  actors: Encoded[][]
  relationships: Encoded[][]
}

/** Change it whenever a shape changes, so that no file of an older shape is decoded. */
const FORMAT = 'snapshot-records-1'

export function encodeRecords(records: {
  actors: readonly Actor[]
  relationships: readonly Relationship[]
}): EncodedRecords {
  const strings: string[] = []
  const stringNumbers = new Map<string, number>()
  const lists: number[][] = []
  const listNumbers = new Map<string, number>()
  const provenances: Encoded[][] = []
  const provenanceNumbers = new Map<Provenance, number>()

  const stringNumber = (value: string) => {
    let number = stringNumbers.get(value)
    if (number === undefined) {
      number = strings.push(value) - 1
      stringNumbers.set(value, number)
    }
    return number
  }
  const listNumber = (values: readonly string[]) => {
    const encoded = values.map(stringNumber)
    const key = encoded.join(',')
    let number = listNumbers.get(key)
    if (number === undefined) {
      number = lists.push(encoded) - 1
      listNumbers.set(key, number)
    }
    return number
  }
  const provenanceNumber = (provenance: Provenance) => {
    let number = provenanceNumbers.get(provenance)
    if (number === undefined) {
      number = provenances.push(encode(provenance, PROVENANCE)) - 1
      provenanceNumbers.set(provenance, number)
    }
    return number
  }
  function encode(record: object, shape: Shape): Encoded[] {
    const values = record as Record<string, unknown>
    return shape.map(([name, field]): Encoded => {
      const value = values[name]
      if (field === 's') return value === null ? null : stringNumber(value as string)
      if (field === 'r') return value as Encoded
      if (field === 'l') return listNumber(value as string[])
      if (field === 'p') return provenanceNumber(value as Provenance)
      return value === null ? null : encode(value as object, field.nullable)
    })
  }

  const actors = records.actors.map((actor) => encode(actor, ACTOR))
  const relationships = records.relationships.map((relationship) =>
    encode(relationship, RELATIONSHIP),
  )
  return { format: FORMAT, strings, lists, provenances, actors, relationships }
}

/**
 * The records, or undefined when `encoded` is not of this format. Throws on a malformed one.
 *
 * Written out per record type, as object literals in the shapes' order (not interpreted from the shapes):
 * literals are ~2× faster to make and keep every field in the object itself, as actorFromRow's do. The
 * snapshot tests check that decoded records serialise byte for byte as read ones.
 */
export function decodeRecords(encoded: EncodedRecords) {
  if (encoded.format !== FORMAT) return undefined
  const { strings } = encoded
  const text = (value: Encoded) => (value === null ? null : strings[value as number]!)
  const lists = encoded.lists.map((list) => list.map((number) => strings[number]!))
  const list = (value: Encoded) => lists[value as number]!
  const provenances = encoded.provenances.map((v): Provenance => ({
    dataset: text(v[0]!)!,
    source: text(v[1]!)!,
    sourceUrl: text(v[2]!),
    sourceRecordId: text(v[3]!),
    licence: text(v[4]!),
    attribution: text(v[5]!),
    note: text(v[6]!),
    synthetic: v[7] as boolean,
    lastVerified: text(v[8]!),
  }))
  const provenance = (value: Encoded) => provenances[value as number]!
  const nested = (value: Encoded) => value as Encoded[] | null

  const checked = (values: Encoded[], shape: Shape) => {
    if (values.length !== shape.length) throw new Error('a record of another shape')
    return values
  }
  const actors = encoded.actors.map((values): Actor => {
    const v = checked(values, ACTOR)
    const address = nested(v[6]!)
    const location = nested(v[9]!)
    const contact = nested(v[11]!)
    return {
      id: text(v[0]!)!,
      name: text(v[1]!)!,
      kind: text(v[2]!) as Actor['kind'],
      type: text(v[3]!) as Actor['type'],
      description: text(v[4]!),
      topics: list(v[5]!) as Actor['topics'],
      address: address && {
        street: text(address[0]!),
        houseNumber: text(address[1]!),
        postcode: text(address[2]!),
        city: text(address[3]!),
      },
      municipalityAgs: text(v[7]!),
      districtAgs: text(v[8]!),
      location: location && {
        lon: location[0] as number,
        lat: location[1] as number,
        precision: text(location[2]!) as NonNullable<Actor['location']>['precision'],
        source: text(location[3]!),
        licence: text(location[4]!),
        attribution: text(location[5]!),
      },
      website: text(v[10]!),
      contact: contact && { email: text(contact[0]!), phone: text(contact[1]!) },
      offers: list(v[12]!) as Actor['offers'],
      offersText: text(v[13]!),
      needs: list(v[14]!) as Actor['needs'],
      needsText: text(v[15]!),
      foundedYear: v[16] as number | null,
      status: text(v[17]!) as Actor['status'],
      stage: text(v[18]!) as Actor['stage'],
      startDate: text(v[19]!),
      startTime: text(v[20]!),
      endDate: text(v[21]!),
      endTime: text(v[22]!),
      provenance: provenance(v[23]!),
      createdAt: text(v[24]!)!,
      updatedAt: text(v[25]!)!,
      version: v[26] as number,
    }
  })
  const relationships = encoded.relationships.map((values): Relationship => {
    const v = checked(values, RELATIONSHIP)
    return {
      id: text(v[0]!)!,
      sourceId: text(v[1]!)!,
      targetId: text(v[2]!)!,
      type: text(v[3]!) as Relationship['type'],
      directed: v[4] as boolean,
      description: text(v[5]!),
      since: text(v[6]!),
      until: text(v[7]!),
      weight: v[8] as number,
      confirmedBy: list(v[9]!) as Relationship['confirmedBy'],
      status: text(v[10]!) as Relationship['status'],
      provenance: provenance(v[11]!),
      createdAt: text(v[12]!)!,
      updatedAt: text(v[13]!)!,
      version: v[14] as number,
    }
  })
  return { actors, relationships }
}
