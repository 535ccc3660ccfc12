/**
 * The real actors and ties stated in the source document of this project: the Medieninformation of the Saxon
 * social ministry of 8 October 2021 (../shared/data/real/press-release/, https://www.sms.sachsen.de/soziale-innovationen.html).
 *
 * WARNING: every fact below must be stated in that press release. Add nothing it does not say: no places it
 * does not give (bring-together has none), no participation it does not report, no dates it does not name.
 */
import {
  unknownActorFacts,
  type Dataset,
  type NewActor,
  type NewRelationship,
  type Provenance,
} from '@netzwerkatlas/shared'
import type { Gazetteer } from '../geo/gazetteer.ts'
import { placeAtMunicipality, placeAtPostcode } from '../geo/geocode.ts'

const PRESS_RELEASE_DATASET: Dataset = {
  id: 'press-release',
  title: 'Medieninformation SMS, 08.10.2021',
  synthetic: false,
  licence: null,
  attribution:
    'Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt, Medieninformation vom 08.10.2021',
  sourceUrl: 'https://www.sms.sachsen.de/soziale-innovationen.html',
  note: 'Stand 08.10.2021',
}

const provenance: Provenance = {
  dataset: PRESS_RELEASE_DATASET.id,
  source: 'Medieninformation SMS, 08.10.2021',
  sourceUrl: PRESS_RELEASE_DATASET.sourceUrl,
  sourceRecordId: null,
  licence: null,
  attribution: PRESS_RELEASE_DATASET.attribution,
  note: 'Stand 08.10.2021',
  synthetic: false,
  lastVerified: null,
}

const DRESDEN = '14612000'
const LEIPZIG = '14713000'
const WEISSWASSER = '14626600'

type ActorFacts = Pick<NewActor, 'id' | 'name' | 'kind' | 'type' | 'description' | 'topics'> &
  Partial<NewActor>

function actor(facts: ActorFacts): NewActor {
  return { ...unknownActorFacts(), provenance, ...facts }
}

type TieFacts = Pick<
  NewRelationship,
  'sourceId' | 'targetId' | 'type' | 'directed' | 'description'
> &
  Partial<NewRelationship>

function tie(facts: TieFacts): NewRelationship {
  return {
    id: `pm-${facts.sourceId}-${facts.type.replaceAll('_', '-')}-${facts.targetId}`.slice(0, 120),
    since: null,
    until: null,
    weight: 1,
    confirmedBy: [],
    status: 'published',
    provenance,
    ...facts,
  }
}

export function pressReleaseRecords(gazetteer: Gazetteer) {
  const ministryAddress = {
    street: 'Albertstraße',
    houseNumber: '10',
    postcode: '01097',
    city: 'Dresden',
  }
  const ministryPlace = placeAtPostcode(gazetteer, ministryAddress.postcode, ministryAddress.city)
  if (!ministryPlace) throw new Error('postcode 01097 missing from the gazetteer')

  const actors: NewActor[] = [
    actor({
      id: 'sms-sachsen',
      name: 'Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt',
      kind: 'organisation',
      type: 'public_authority',
      description:
        'Sozialministerium des Freistaates Sachsen. Veranstaltet die Dialogreihe »Sozial.Innovativ.Sächsisch« und kündigte für 2022 eine aus dem Europäischen Sozialfonds finanzierte Zukunftsplattform für soziale Innovationen an.',
      topics: ['social_innovation'],
      address: ministryAddress,
      ...ministryPlace,
      website: 'https://www.sms.sachsen.de',
    }),
    actor({
      id: 'dialogreihe-sozial-innovativ-saechsisch',
      name: 'Dialogreihe »Sozial.Innovativ.Sächsisch«',
      kind: 'project',
      type: 'unspecified',
      description:
        'Dialogreihe des Sozialministeriums über soziale Innovationen in Sachsen, gestartet am 7. Oktober 2021 in Dresden; sie soll die Zukunftsplattform unterstützen und Bürgerinnen, Bürger sowie Akteurinnen und Akteure ins Gespräch bringen.',
      topics: ['social_innovation'],
      startDate: '2021-10-07',
      website: 'https://www.sms.sachsen.de/soziale-innovationen.html',
    }),
    actor({
      id: 'sozial-innovativ-dresden-2021-10-07',
      name: 'Sozial.Innovativ mit neuen Ideen für Sachsen – Potentiale und Chancen sozialer Innovationen',
      kind: 'event',
      type: 'unspecified',
      description:
        'Erste Veranstaltung der Dialogreihe, in Dresden. Rund 80 Teilnehmerinnen und Teilnehmer aus Wohlfahrtspflege, Social Entrepreneurship, Wissenschaft, Wirtschaft, Zivilgesellschaft, Politik und Verwaltung; im Mittelpunkt standen soziale Innovationen.',
      topics: ['social_innovation'],
      ...placeAtMunicipality(gazetteer, DRESDEN),
      startDate: '2021-10-07',
    }),
    actor({
      id: 'sozial-innovativ-leipzig-2021-10-21',
      name: 'Sozial.Innovativ Zukunft unternehmerisch gestalten – Sozialunternehmen als Sozialinnovatoren für Sachsen',
      kind: 'event',
      type: 'unspecified',
      description: 'Zweite Veranstaltung der Dialogreihe, im Impact Hub (Leipzig).',
      topics: ['social_entrepreneurship', 'social_innovation'],
      ...placeAtMunicipality(gazetteer, LEIPZIG),
      startDate: '2021-10-21',
      startTime: '17:00',
    }),
    actor({
      id: 'sozial-innovativ-weisswasser-2021-11-09',
      name: 'Sozial.Innovativ den ländlichen Raum stärken – Strukturwandel braucht soziale Innovationen',
      kind: 'event',
      type: 'unspecified',
      description:
        'Dritte Veranstaltung der Dialogreihe, im Soziokulturellen Zentrum »TELUX« (Weißwasser).',
      topics: ['rural_development', 'structural_change', 'social_innovation'],
      ...placeAtMunicipality(gazetteer, WEISSWASSER),
      startDate: '2021-11-09',
      startTime: '17:00',
    }),
    actor({
      id: 'impact-hub-leipzig',
      name: 'Impact Hub Leipzig',
      kind: 'organisation',
      type: 'unspecified',
      description:
        'Veranstaltungsort der zweiten Veranstaltung der Dialogreihe am 21. Oktober 2021.',
      topics: [],
      ...placeAtMunicipality(gazetteer, LEIPZIG),
    }),
    actor({
      id: 'telux-weisswasser',
      name: 'Soziokulturelles Zentrum »TELUX«',
      kind: 'organisation',
      type: 'sociocultural_centre',
      description:
        'Veranstaltungsort der dritten Veranstaltung der Dialogreihe am 9. November 2021, in Weißwasser.',
      topics: [],
      ...placeAtMunicipality(gazetteer, WEISSWASSER),
    }),
    actor({
      id: 'bring-together',
      name: 'bring-together',
      kind: 'organisation',
      type: 'social_enterprise',
      description:
        'Sozialunternehmen; Matching-Plattform für Wohnprojekte und Gemeinschaftssuchende. Menschen finden über die Plattform andere Menschen, mit denen sie zusammenleben möchten, zum Beispiel Alleinerziehende, junge Familien oder Senior/innen; bring-together begleitet diesen Prozess. Es wurden auch schon ganze Dörfer »gematcht«. Die Medieninformation nennt es als Beispiel sozialer Innovationen.',
      topics: ['housing', 'social_innovation'],
      website: 'https://www.bring-together.de/de',
    }),
    actor({
      id: 'zukunftsplattform-soziale-innovationen',
      name: 'Zukunftsplattform für soziale Innovationen in Sachsen',
      kind: 'project',
      type: 'unspecified',
      description:
        'Vom Sozialministerium angekündigt ab 2022, mit Mitteln des Europäischen Sozialfonds; ein Auftrag aus dem Koalitionsvertrag. Ein digitales und analoges Angebot, das soziale Innovationen in Sachsen unterstützt und weiterentwickelt: zentrale Akteure sollen sich vernetzen können; die Plattform soll soziale Innovationen identifizieren, begleiten und anstoßen.',
      topics: ['social_innovation'],
    }),
    actor({
      id: 'europaeischer-sozialfonds',
      name: 'Europäischer Sozialfonds (ESF)',
      kind: 'organisation',
      type: 'funder',
      description:
        'Aus seinen Mitteln finanziert das Sozialministerium die angekündigte Zukunftsplattform.',
      topics: [],
    }),
  ]

  const series = 'dialogreihe-sozial-innovativ-saechsisch'
  const events = [
    'sozial-innovativ-dresden-2021-10-07',
    'sozial-innovativ-leipzig-2021-10-21',
    'sozial-innovativ-weisswasser-2021-11-09',
  ] as const

  const relationships: NewRelationship[] = [
    tie({
      sourceId: 'sms-sachsen',
      targetId: series,
      type: 'organises',
      directed: true,
      description: 'Die Dialogreihe »Sozial.Innovativ.Sächsisch« des Sozialministeriums.',
      since: '2021-10-07',
    }),
    ...events.flatMap((event) => [
      tie({
        sourceId: 'sms-sachsen',
        targetId: event,
        type: 'organises',
        directed: true,
        description: 'Veranstaltung der Dialogreihe des Sozialministeriums.',
      }),
      tie({
        sourceId: event,
        targetId: series,
        type: 'part_of',
        directed: true,
        description: 'Veranstaltung der Dialogreihe »Sozial.Innovativ.Sächsisch«.',
      }),
    ]),
    tie({
      sourceId: 'impact-hub-leipzig',
      targetId: 'sozial-innovativ-leipzig-2021-10-21',
      type: 'hosts',
      directed: true,
      description: 'Veranstaltungsort am 21. Oktober 2021.',
      since: '2021-10-21',
      until: '2021-10-21',
    }),
    tie({
      sourceId: 'telux-weisswasser',
      targetId: 'sozial-innovativ-weisswasser-2021-11-09',
      type: 'hosts',
      directed: true,
      description: 'Veranstaltungsort am 9. November 2021.',
      since: '2021-11-09',
      until: '2021-11-09',
    }),
    tie({
      sourceId: 'sms-sachsen',
      targetId: 'bring-together',
      type: 'names_as_example',
      directed: true,
      description:
        'In der Medieninformation vom 08.10.2021 als Beispiel sozialer Innovationen genannt.',
      since: '2021-10-08',
    }),
    tie({
      sourceId: 'sms-sachsen',
      targetId: 'zukunftsplattform-soziale-innovationen',
      type: 'organises',
      directed: true,
      description: 'Das Sozialministerium schafft die Zukunftsplattform ab 2022 (angekündigt).',
    }),
    tie({
      sourceId: 'europaeischer-sozialfonds',
      targetId: 'zukunftsplattform-soziale-innovationen',
      type: 'funding',
      directed: true,
      description:
        'Die Zukunftsplattform wird mit Mitteln des Europäischen Sozialfonds geschaffen.',
    }),
  ]

  return { dataset: PRESS_RELEASE_DATASET, actors, relationships }
}
