/** Maps between the `actors` table and the shared Actor schema. */
import { provenanceFromRow, provenanceToRow } from './provenance-columns.ts'
import type { Actor, NewActor } from '@netzwerkatlas/shared'
import type { Insertable, Selectable } from 'kysely'
import type { ActorsTable } from './database.ts'
import { noInterning, type Interner } from './interner.ts'

export type ActorRow = Selectable<ActorsTable>

/** `intern` shares repeated values across the rows of one snapshot (see interner.ts). */
export function actorFromRow(row: ActorRow, intern: Interner = noInterning): Actor {
  const t = intern.text
  const hasAddress = row.street ?? row.house_number ?? row.postcode ?? row.city
  return {
    id: t(row.id),
    name: row.name,
    kind: t(row.kind) as Actor['kind'],
    type: t(row.type) as Actor['type'],
    description: t(row.description),
    topics: intern.list(row.topics) as Actor['topics'],
    address: hasAddress
      ? {
          street: t(row.street),
          houseNumber: t(row.house_number),
          postcode: t(row.postcode),
          city: t(row.city),
        }
      : null,
    municipalityAgs: t(row.municipality_ags),
    districtAgs: t(row.district_ags),
    location:
      row.lon !== null && row.lat !== null && row.location_precision !== null
        ? {
            lon: row.lon,
            lat: row.lat,
            precision: t(row.location_precision) as NonNullable<Actor['location']>['precision'],
            source: t(row.location_source),
            licence: t(row.location_licence),
            attribution: t(row.location_attribution),
          }
        : null,
    website: row.website,
    contact:
      row.contact_email || row.contact_phone
        ? { email: row.contact_email, phone: row.contact_phone }
        : null,
    offers: intern.list(row.offers) as Actor['offers'],
    offersText: t(row.offers_text),
    needs: intern.list(row.needs) as Actor['needs'],
    needsText: t(row.needs_text),
    foundedYear: row.founded_year,
    status: t(row.status) as Actor['status'],
    stage: t(row.stage) as Actor['stage'],
    startDate: t(row.start_date),
    startTime: t(row.start_time),
    endDate: t(row.end_date),
    endTime: t(row.end_time),
    provenance: intern.provenance(provenanceFromRow(row)),
    createdAt: t(row.created_at),
    updatedAt: t(row.updated_at),
    version: row.version,
  }
}

export function actorToRow(actor: NewActor): Insertable<ActorsTable> {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    type: actor.type,
    description: actor.description,
    topics: actor.topics,
    street: actor.address?.street ?? null,
    house_number: actor.address?.houseNumber ?? null,
    postcode: actor.address?.postcode ?? null,
    city: actor.address?.city ?? null,
    municipality_ags: actor.municipalityAgs,
    district_ags: actor.districtAgs,
    lon: actor.location?.lon ?? null,
    lat: actor.location?.lat ?? null,
    location_precision: actor.location?.precision ?? null,
    location_source: actor.location?.source ?? null,
    location_licence: actor.location?.licence ?? null,
    location_attribution: actor.location?.attribution ?? null,
    website: actor.website,
    contact_email: actor.contact?.email ?? null,
    contact_phone: actor.contact?.phone ?? null,
    offers: actor.offers,
    offers_text: actor.offersText,
    needs: actor.needs,
    needs_text: actor.needsText,
    founded_year: actor.foundedYear,
    status: actor.status,
    stage: actor.stage,
    start_date: actor.startDate,
    start_time: actor.startTime,
    end_date: actor.endDate,
    end_time: actor.endTime,
    ...provenanceToRow(actor.provenance),
  }
}
