import { describe, expect, it } from 'vitest'
import { loadGazetteer } from '../geo/gazetteer.ts'
import { leipzigDataRecords } from '../leipzig/index.ts'
import { mapRelations } from '../leipzig/map-relations.ts'
import { parseCsvRecords } from '../leipzig/parse-csv.ts'
import { readLeipzigData, readLeipzigFile } from '../leipzig/read-leipzig-data.ts'
import { actorIdsByUri } from '../leipzig/slugs.ts'
import { GEO_DIR, REAL_DATA_DIR } from './geo-dir.ts'

const { actors, relationships } = leipzigDataRecords(REAL_DATA_DIR, loadGazetteer(GEO_DIR))
const idOf = new Map(actors.map((actor) => [actor.provenance.sourceRecordId, actor.id]))
const rows = parseCsvRecords(readLeipzigFile(REAL_DATA_DIR, 'leipzigdata-relations.csv'))
const rowsBetweenActors = (...relations: string[]) =>
  rows.filter((row) => relations.includes(row.relation ?? '') && row.target_in_extract === 'true')
const ofType = (type: string) => relationships.filter((relationship) => relationship.type === type)
const ties = relationships.map((r) => `${r.sourceId} ${r.type} ${r.targetId}`)

describe('Leipzig Data relationships', () => {
  it('has as many relationships per type as the relation file has rows between actors of the extract', () => {
    expect(rows).toHaveLength(238)
    expect(ofType('operates')).toHaveLength(rowsBetweenActors('has_supplier', 'has_carrier').length)
    expect(ofType('unit_of')).toHaveLength(rowsBetweenActors('unit_of').length)
    expect(ofType('related')).toHaveLength(rowsBetweenActors('related_to').length)
    expect(relationships).toHaveLength(218)
    expect([...new Set(relationships.map((r) => r.type))].sort()).toEqual([
      'operates',
      'related',
      'unit_of',
    ])
  })

  it('skips the Stadtbezirk links and the relations whose target is not in the extract, and says why', () => {
    const { records } = readLeipzigData(REAL_DATA_DIR)
    const { skipped } = mapRelations(records, actorIdsByUri(records.map((record) => record.id)))
    const reasons = skipped.map(({ relation, reason }) => `${relation} ${reason}`)
    expect(reasons.filter((r) => r === 'in_district not_between_actors')).toHaveLength(10)
    expect(
      skipped
        .filter((s) => s.relation === 'in_district')
        .every((s) => s.targetUri.includes('/Stadtbezirk/')),
    ).toBe(true)
    expect(reasons.filter((r) => r.endsWith('target_not_in_extract'))).toHaveLength(10)
    expect(skipped).toHaveLength(238 - 218)
  })

  it('points operates from the operator to the place it runs, and unit_of from the unit to its parent', () => {
    expect(ties).toEqual(
      expect.arrayContaining([
        `${idOf.get('http://leipzig-data.de/Data/Verein/Villa')} operates ${idOf.get('http://leipzig-data.de/Data/Ort/Villa')}`,
        'ld-verein-volkssolidaritaet-stadtverbandleipzig operates ld-seniorenbuero-altwest',
        'ld-htwk-eit unit_of ld-htwk',
        'ld-stadtleipzig-sozialamt unit_of ld-stadtleipzig',
      ]),
    )
    for (const relationship of relationships) {
      expect(relationship.directed).toBe(relationship.type !== 'related')
      expect(relationship).toMatchObject({
        since: null,
        until: null,
        weight: 1,
        confirmedBy: [],
        status: 'published',
      })
    }
  })

  it('holds no self-loops and no tie twice', () => {
    expect(relationships.filter((r) => r.sourceId === r.targetId)).toEqual([])
    expect(new Set(ties).size).toBe(ties.length)
  })

  it('gives nine of the ten Seniorenbüros their Träger; the tenth names one missing from the extract', () => {
    const run = ofType('operates').filter((r) => r.targetId.startsWith('ld-seniorenbuero-'))
    expect(run).toHaveLength(9)
    expect(run.map((r) => r.targetId)).not.toContain('ld-seniorenbuero-nord')
  })
})
