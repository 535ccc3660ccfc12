/** What every write knows: who makes it and which data version it creates (for the history rows). */
import type { Kysely, Transaction } from 'kysely'
import type { Database } from './database.ts'

export interface WriteContext {
  tx: Transaction<Database>
  changedBy: string
  dataVersion: number
}

export type Executor = Kysely<Database> | Transaction<Database>

/** Rows per INSERT: ~50 columns × 500 rows stays far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK_ROWS = 500

export function chunked<T>(items: readonly T[], size = INSERT_CHUNK_ROWS): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size))
  return chunks
}
