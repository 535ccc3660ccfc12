/** Table types for kysely and the connection pool. Column names are the SQL names (snake_case). */
import type { ColumnType, Generated } from 'kysely'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { AccountTables } from './accounts/account-tables.ts'
import type { ProvenanceColumns } from './provenance-columns.ts'

type Timestamp = ColumnType<string, string | undefined, string>

/** Provenance columns are shared with relationships (provenance-columns.ts). */
export interface ActorsTable extends ProvenanceColumns {
  id: string
  name: string
  kind: string
  type: string
  description: string | null
  topics: string[]
  street: string | null
  house_number: string | null
  postcode: string | null
  city: string | null
  municipality_ags: string | null
  district_ags: string | null
  lon: number | null
  lat: number | null
  location_precision: string | null
  location_source: string | null
  location_licence: string | null
  location_attribution: string | null
  website: string | null
  contact_email: string | null
  contact_phone: string | null
  offers: string[]
  offers_text: string | null
  needs: string[]
  needs_text: string | null
  founded_year: number | null
  status: string
  stage: string | null
  start_date: string | null
  start_time: string | null
  end_date: string | null
  end_time: string | null
  /** Set on an archived entry a coordinator merged into this actor (migration 0007); not part of `Actor`. */
  merged_into: ColumnType<string | null, string | null | undefined, string | null>
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface RelationshipsTable extends ProvenanceColumns {
  id: string
  source_id: string
  target_id: string
  type: string
  directed: boolean
  description: string | null
  since: string | null
  until: string | null
  weight: number
  confirmed_by: string[]
  status: string
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

interface DatasetsTable {
  id: string
  title: string
  synthetic: boolean
  licence: string | null
  attribution: string | null
  source_url: string | null
  note: string | null
  parameters: ColumnType<unknown, string, string>
  loaded_at: Timestamp
}

interface HistoryTable {
  id: Generated<string>
  entity_type: 'actor' | 'relationship' | 'dataset'
  entity_id: string
  action:
    | 'create'
    | 'update'
    | 'delete'
    | 'restore'
    | 'archive'
    | 'accept'
    | 'reject'
    | 'merge'
    | 'revert'
    | 'withdraw_consent'
  changed_by: string
  changed_at: Timestamp
  data_version: number
  before: unknown
  after: unknown
}

interface DataVersionTable {
  singleton: boolean
  version: number
}

interface DatabaseIdentityTable {
  singleton: boolean
  id: string
}

export interface Database extends AccountTables {
  actors: ActorsTable
  relationships: RelationshipsTable
  datasets: DatasetsTable
  history: HistoryTable
  data_version: DataVersionTable
  database_identity: DatabaseIdentityTable
}

const OID = { int8: 20, date: 1082, time: 1083, timestamptz: 1184 } as const

/** Dates and times stay strings (no local-time-zone surprises); bigint versions fit in a number. */
function parseValue(oid: number): ((value: string) => unknown) | undefined {
  switch (oid) {
    case OID.int8:
      return Number
    case OID.date:
      return (value) => value
    case OID.time:
      return (value) => value.slice(0, 5)
    case OID.timestamptz:
      return (value) => new Date(value).toISOString()
    default:
      return undefined
  }
}

const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    parseValue(oid) ??
    (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
}

export function createPool(connectionString: string, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString, types: typeParsers, max: 10 })
  // Without this, an idle socket closing during shutdown crashes the process.
  pool.on('error', onError)
  return pool
}

export function createDatabase(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}
