/** Maps between the `actors` table and the shared Actor schema. */
import { provenanceFromRow, provenanceToRow } from './provenance-columns.ts'
import type { Actor, NewActor } from '@netzwerkatlas/shared'
import type { Insertable, Selectable } from 'kysely'
import type { ActorsTable } from './database.ts'

export type ActorRow = Selectable<ActorsTable>

export function actorFromRow(row: ActorRow): Actor {
  const hasAddress = row.street ?? row.house_number ?? row.postcode ?? row.city
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Actor['kind'],
    type: row.type as Actor['type'],
    description: row.description,
    topics: row.topics as Actor['topics'],
    address: hasAddress
      ? {
          street: row.street,
          houseNumber: row.house_number,
          postcode: row.postcode,
          city: row.city,
        }
      : null,
    municipalityAgs: row.municipality_ags,
    districtAgs: row.district_ags,
    location:
      row.lon !== null && row.lat !== null && row.location_precision !== null
        ? {
            lon: row.lon,
            lat: row.lat,
            precision: row.location_precision as NonNullable<Actor['location']>['precision'],
            source: row.location_source,
            licence: row.location_licence,
            attribution: row.location_attribution,
          }
        : null,
    website: row.website,
    contact:
      row.contact_email || row.contact_phone
        ? { email: row.contact_email, phone: row.contact_phone }
        : null,
    offers: row.offers as Actor['offers'],
    offersText: row.offers_text,
    needs: row.needs as Actor['needs'],
    needsText: row.needs_text,
    foundedYear: row.founded_year,
    status: row.status as Actor['status'],
    stage: row.stage as Actor['stage'],
    startDate: row.start_date,
    startTime: row.start_time,
    endDate: row.end_date,
    endTime: row.end_time,
    provenance: provenanceFromRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
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
