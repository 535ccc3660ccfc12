/**
 * A small network for the export tests: organisations, a project and an event, ties with dates, an actor without
 * a place, hidden records that must stay out, and an actor whose name is an attack on every format.
 */
import { locatedAt, makeActor, makeRelationship, testDataset } from './builders.ts'

/** An XML entity and doctype, a spreadsheet formula, a script tag, a bidi override: all must stay plain text. */
export const ATTACK_NAME =
  '=HYPERLINK("http://example.invalid","klick") &xxe; <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]> <script>alert(1)</script> \u202Egnp.exe'

export const exportFixture = testDataset(
  [
    makeActor({
      id: 'demo-a',
      name: 'Demo-Verein Ähre & Söhne',
      topics: ['housing', 'care'],
      foundedYear: 1998,
      ...locatedAt(13.74, 51.05, '14612000'),
    }),
    makeActor({ id: 'demo-b', topics: ['housing'], ...locatedAt(12.37, 51.34, '14713000') }),
    makeActor({
      id: 'demo-c',
      name: ATTACK_NAME,
      description: '-1+1 \u0007bell and \u001Bescape',
      topics: ['care'],
    }),
    makeActor({
      id: 'demo-p',
      name: 'Demo-Projekt Wohnen',
      kind: 'project',
      type: 'social_enterprise',
      topics: ['housing'],
      startDate: '2019-04-01',
      endDate: '2022-03-31',
      ...locatedAt(13.75, 51.06, '14612000'),
    }),
    makeActor({
      id: 'demo-v',
      name: 'Demo-Fachtag',
      kind: 'event',
      topics: ['care'],
      startDate: '2021-10-21',
      ...locatedAt(12.38, 51.33, '14713000'),
    }),
    makeActor({ id: 'demo-hidden', topics: ['care'], status: 'pending' }),
  ],
  [
    makeRelationship({ id: 'demo-rel-ab', sourceId: 'demo-a', targetId: 'demo-b' }),
    makeRelationship({
      id: 'demo-rel-ac',
      sourceId: 'demo-a',
      targetId: 'demo-c',
      type: 'funding',
      directed: true,
      since: '2015-03-01',
      until: '2020-12-31',
      weight: 2.5,
    }),
    makeRelationship({
      id: 'demo-rel-ap',
      sourceId: 'demo-a',
      targetId: 'demo-p',
      type: 'operates',
      directed: true,
    }),
    makeRelationship({
      id: 'demo-rel-bp',
      sourceId: 'demo-b',
      targetId: 'demo-p',
      type: 'joint_project',
    }),
    makeRelationship({
      id: 'demo-rel-bv',
      sourceId: 'demo-b',
      targetId: 'demo-v',
      type: 'participation',
      directed: true,
    }),
    makeRelationship({
      id: 'demo-rel-cv',
      sourceId: 'demo-c',
      targetId: 'demo-v',
      type: 'participation',
      directed: true,
    }),
    makeRelationship({ id: 'demo-rel-ah', sourceId: 'demo-a', targetId: 'demo-hidden' }),
  ],
)
