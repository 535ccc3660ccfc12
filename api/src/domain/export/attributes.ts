/**
 * The columns of every export: one list of typed attributes per node and per edge, each with its meaning in
 * German and English (the bundle's codebook is written from these). Every writer iterates these lists and
 * nothing else, so a new attribute (e.g. the analysis metrics) is one more entry, not a change to any writer.
 */
import type { Actor, Label, Relationship } from '@netzwerkatlas/shared'

/** `date`: ISO 8601 (YYYY-MM-DD) text; `list`: text items, joined with `;` where a format has no lists. */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean' | 'date' | 'list'

export type AttributeValue = string | number | boolean | readonly string[] | null

export interface Attribute<Item> {
  /** Column / key name: lowercase with underscores, the same in every format. */
  id: string
  type: AttributeType
  meaning: Label
  valueOf: (item: Item) => AttributeValue
}

/**
 * An attribute computed elsewhere and keyed by actor id, typed number/string/boolean: how the analysis
 * metrics and communities join the exports (metric-attributes.ts; `exportGraph` appends them).
 */
export interface ExtraNodeAttribute {
  id: string
  type: 'double' | 'integer' | 'string' | 'boolean'
  meaning: Label
  valueOf: (actorId: string) => number | string | boolean | null
}

export const LIST_SEPARATOR = ';'

export function nodeAttributes(placeOf: (actor: Actor) => string | null): Attribute<Actor>[] {
  return [
    {
      id: 'label',
      type: 'string',
      meaning: { de: 'Name des Akteurs', en: "The actor's name" },
      valueOf: (a) => a.name,
    },
    {
      id: 'kind',
      type: 'string',
      meaning: {
        de: 'Art: organisation, project (Projekt) oder event (Veranstaltung)',
        en: 'Kind: organisation, project or event',
      },
      valueOf: (a) => a.kind,
    },
    {
      id: 'actor_type',
      type: 'string',
      meaning: {
        de: 'Akteurstyp (Vokabular in /api/meta)',
        en: 'Actor type (vocabulary: /api/meta)',
      },
      valueOf: (a) => a.type,
    },
    {
      id: 'topics',
      type: 'list',
      meaning: { de: 'Themen, mit ; getrennt', en: 'Topics, separated by ;' },
      valueOf: (a) => a.topics,
    },
    {
      id: 'place',
      type: 'string',
      meaning: {
        de: 'Ort: Stadt der Adresse, sonst Gemeinde',
        en: "Place: the address's city, else the municipality",
      },
      valueOf: (a) => placeOf(a),
    },
    {
      id: 'municipality_ags',
      type: 'string',
      meaning: { de: 'Gemeindeschlüssel (AGS, 8 Ziffern)', en: 'Municipality key (AGS, 8 digits)' },
      valueOf: (a) => a.municipalityAgs,
    },
    {
      id: 'district_ags',
      type: 'string',
      meaning: { de: 'Kreisschlüssel (AGS, 5 Ziffern)', en: 'District key (AGS, 5 digits)' },
      valueOf: (a) => a.districtAgs,
    },
    {
      id: 'lon',
      type: 'double',
      meaning: { de: 'Geografische Länge (WGS84, Grad)', en: 'Longitude (WGS84 degrees)' },
      valueOf: (a) => a.location?.lon ?? null,
    },
    {
      id: 'lat',
      type: 'double',
      meaning: { de: 'Geografische Breite (WGS84, Grad)', en: 'Latitude (WGS84 degrees)' },
      valueOf: (a) => a.location?.lat ?? null,
    },
    {
      id: 'location_precision',
      type: 'string',
      meaning: {
        de: 'Genauigkeit des Punkts: exact (Adresse), postcode, municipality',
        en: 'How exact the point is: exact (address), postcode, municipality',
      },
      valueOf: (a) => a.location?.precision ?? null,
    },
    {
      id: 'location_attribution',
      type: 'string',
      meaning: {
        de: 'Nachweis, den die Lizenz der Koordinaten verlangt (z. B. OpenStreetMap, ODbL)',
        en: "Credit the coordinates' licence requires (e.g. OpenStreetMap, ODbL)",
      },
      valueOf: (a) => a.location?.attribution ?? null,
    },
    {
      id: 'founded_year',
      type: 'integer',
      meaning: { de: 'Gründungsjahr', en: 'Year founded' },
      valueOf: (a) => a.foundedYear,
    },
    {
      id: 'start_date',
      type: 'date',
      meaning: {
        de: 'Beginn (Projekte) bzw. Tag (Veranstaltungen), ISO 8601',
        en: 'Start (projects) or day (events), ISO 8601',
      },
      valueOf: (a) => a.startDate,
    },
    {
      id: 'end_date',
      type: 'date',
      meaning: { de: 'Ende, ISO 8601', en: 'End, ISO 8601' },
      valueOf: (a) => a.endDate,
    },
    {
      id: 'description',
      type: 'string',
      meaning: { de: 'Beschreibung', en: 'Description' },
      valueOf: (a) => a.description,
    },
    {
      id: 'website',
      type: 'string',
      meaning: { de: 'Website', en: 'Website' },
      valueOf: (a) => a.website,
    },
    ...provenanceAttributes<Actor>(),
  ]
}

/** What every record says about where it comes from: dataset, source, licence, credit, demo flag. */
function provenanceAttributes<
  Item extends { provenance: Actor['provenance'] },
>(): Attribute<Item>[] {
  return [
    {
      id: 'dataset',
      type: 'string',
      meaning: { de: 'Datensatz (siehe datapackage.json)', en: 'Dataset (see datapackage.json)' },
      valueOf: (r) => r.provenance.dataset,
    },
    {
      // Not `source`: that is an edge's first end in CSV, node-link JSON and GeoJSON.
      id: 'data_source',
      type: 'string',
      meaning: { de: 'Quelle des Eintrags', en: 'Source of the record' },
      valueOf: (r) => r.provenance.source,
    },
    {
      id: 'licence',
      type: 'string',
      meaning: { de: 'Lizenz des Eintrags (SPDX)', en: 'Licence of the record (SPDX)' },
      valueOf: (r) => r.provenance.licence,
    },
    {
      id: 'attribution',
      type: 'string',
      meaning: { de: 'Geforderter Nachweis', en: 'Required attribution' },
      valueOf: (r) => r.provenance.attribution,
    },
    {
      id: 'synthetic',
      type: 'boolean',
      meaning: { de: 'true: erfundene Demodaten', en: 'true: fictional demo data' },
      valueOf: (r) => r.provenance.synthetic,
    },
  ]
}

/** Edge attributes of the two-mode variant: the relationships as recorded. */
export function relationshipAttributes<
  Edge extends Pick<
    Relationship,
    'type' | 'directed' | 'since' | 'until' | 'weight' | 'description' | 'provenance'
  >,
>(): Attribute<Edge>[] {
  return [
    {
      id: 'relationship_type',
      type: 'string',
      meaning: {
        de: 'Art der Beziehung (Vokabular in /api/meta)',
        en: 'Kind of tie (vocabulary: /api/meta)',
      },
      valueOf: (r) => r.type,
    },
    {
      id: 'directed',
      type: 'boolean',
      meaning: {
        de: 'true: gerichtet von source nach target; false: wechselseitig (die Richtung ist nur die Speicherreihenfolge)',
        en: 'true: directed from source to target; false: mutual (the direction is only the stored order)',
      },
      valueOf: (r) => r.directed,
    },
    {
      id: 'since',
      type: 'date',
      meaning: {
        de: 'Besteht seit (ISO 8601; leer: unbekannt)',
        en: 'Since (ISO 8601; empty: unknown)',
      },
      valueOf: (r) => r.since,
    },
    {
      id: 'until',
      type: 'date',
      meaning: {
        de: 'Bestand bis (ISO 8601; leer: unbekannt/andauernd)',
        en: 'Until (ISO 8601; empty: unknown/ongoing)',
      },
      valueOf: (r) => r.until,
    },
    {
      id: 'weight',
      type: 'double',
      meaning: {
        de: 'Stärke der Beziehung (1: keine Angabe)',
        en: 'Strength of the tie (1: not stated)',
      },
      valueOf: (r) => r.weight,
    },
    {
      id: 'description',
      type: 'string',
      meaning: { de: 'Beschreibung der Beziehung', en: 'Description of the tie' },
      valueOf: (r) => r.description,
    },
    ...provenanceAttributes<Edge>(),
  ]
}

/** Edge attributes of the one-mode variant: organisation–organisation ties projected through projects/events. */
export function projectedTieAttributes<
  Edge extends { weight: number; via: readonly string[] },
>(): Attribute<Edge>[] {
  return [
    {
      id: 'weight',
      type: 'integer',
      meaning: {
        de: 'Anzahl gemeinsamer Projekte und Veranstaltungen',
        en: 'Number of projects and events both are tied to',
      },
      valueOf: (t) => t.weight,
    },
    {
      id: 'via',
      type: 'list',
      meaning: {
        de: 'Ids der gemeinsamen Projekte und Veranstaltungen, mit ; getrennt',
        en: 'Ids of the shared projects and events, separated by ;',
      },
      valueOf: (t) => t.via,
    },
  ]
}
