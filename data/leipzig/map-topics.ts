/**
 * Topics from Leipzig Data's categories (the leipzig.de Vereinsdatenbank's) and RDF types. A category gives a
 * topic only where it names it; every value in the data is a key here, so a new one is a conscious decision.
 */
import { topics as topicVocabulary, type Topic } from '@netzwerkatlas/shared'
import type { LeipzigRecord } from './read-leipzig-data.ts'

/** All 41 categories in the extract. `[]`: the category does not name one of our topics. */
export const CATEGORY_TOPICS = {
  // Culture: the arts and the sociocultural scene, named as such.
  Kulturvereine: ['culture'],
  'Sozio- und Stadtteilkultur': ['culture'],
  Musik: ['culture'],
  'Bildende Kunst': ['culture'],
  'Tanz und Theater': ['culture'],
  Literatur: ['culture'],
  Museum: ['culture'],
  'Kinder- und Jugendkultur': ['youth', 'culture'],
  // Children, young people, families.
  Kinder: ['youth'],
  'Jugend und Familie': ['youth', 'family'],
  Jugendsozialarbeit: ['youth'],
  'Kinder- und Jugendschutz': ['youth'],
  // Groups the category names.
  Seniorenvereine: ['seniors'],
  Frauenvereine: ['gender_equality'],
  'Interkulturelle Vereine': ['migration'],
  Behindertenvereine: ['inclusion'],
  Behinderungen: ['inclusion'],
  Arbeitslose: ['employment'],
  Bürgervereine: ['neighbourhood'], // citizens' associations of one Stadtteil
  'Bildung und Freizeit': ['education'],
  Wohnen: ['housing'],
  Wohnprojekte: ['housing'],
  'Umwelt und Stadtgrün': ['climate'], // our topic is "Klima und Nachhaltigkeit"
  // Health: illness, addiction and psychiatric help, named as such.
  Selbsthilfegruppen: ['health'], // the Vereinsdatenbank's health self-help section (SKIS)
  Suchthilfe: ['health'],
  'Sucht/Abhängigkeit': ['health'],
  'Suchtberatungs- und Behandlungsstellen': ['health'],
  'Psychische Krankheiten': ['health'],
  'Organische Krankheiten': ['health'],
  'Neurologische Krankheiten': ['health'],
  'Sozialpsychiatrische Hilfen': ['health'],
  'Sozialpsychiatrischer Dienst': ['health'],
  // Named no topic of ours, or too broad to say which.
  Medien: [], // film clubs, media education, local papers
  'Stadtgeschichte und Heimatpflege': [], // local history: neither "culture" nor "neighbourhood" as stated
  Karneval: [], // the three carnival clubs are also "Kulturvereine"
  Kleingärtnervereine: [], // allotment clubs: not climate work as such
  Selbsthilfe: [], // mixed: Alzheimer relatives, AA, clinic clowns, a youth migration service
  Prävention: [], // of addiction, child abuse, mobbing: no single topic
  'Psychosoziale und soziale Probleme': [], // "soziale Probleme" is no topic
  'Komplementäre Versorgung': [], // psychiatric jargon; always with "Sozialpsychiatrische Hilfen" (health)
  'Stationäre Hilfen': [], // inpatient help, of what is not said
} as const satisfies Record<string, readonly Topic[]>

/** All RDF types in the extract. Only a few name a topic; a venue type alone (bar, cinema, arena) does not. */
export const RDF_TYPE_TOPICS = {
  SeniorenBuero: ['seniors'],
  YouthCenter: ['youth'],
  Klinik: ['health'],
  Museum: ['culture'],
  Theater: ['culture'],
  Kabarett: ['culture'],
  ConcertHall: [], // Gewandhaus, but also the Arena Leipzig (sport)
  Cinema: [], // as the category "Medien"
  Organization: [],
  OrganizationalUnit: [],
  ZentraleEinrichtung: [],
  Fakultaet: [],
  Institut: [],
  Verein: [],
  Buergerverein: [], // the category "Bürgervereine" carries the topic where the source set it
  Unternehmen: [],
  Projekt: [],
  Ort: [],
  Kirche: [],
  Church: [],
  Autohaus: [],
  Bootsverleih: [],
  Club: [],
  Hotel: [],
  Restaurant: [],
  Cafe: [],
  Bar: [],
  Stadium: [],
  Freibad: [],
  Zoo: [],
  Cemetery: [],
} as const satisfies Record<string, readonly Topic[]>

function topicsIn<Table extends Record<string, readonly Topic[]>>(
  table: Table,
  keys: string[],
  what: string,
) {
  return keys.flatMap((key) => {
    if (!Object.hasOwn(table, key))
      throw new Error(`unmapped Leipzig Data ${what} "${key}": add it to the table`)
    return table[key as keyof Table] as readonly Topic[]
  })
}

/** The record's topics, without duplicates, in the vocabulary's order (so output does not depend on the source's). */
export function topicsOf(record: LeipzigRecord): Topic[] {
  const found = new Set([
    ...topicsIn(CATEGORY_TOPICS, record.categories, 'category'),
    ...topicsIn(RDF_TYPE_TOPICS, record.rdf_types, 'RDF type'),
  ])
  return topicVocabulary.ids.filter((topic) => found.has(topic))
}
