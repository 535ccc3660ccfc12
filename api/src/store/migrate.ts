/** Applies the numbered plain-SQL migrations in ./migrations, in order, once each (kysely's Migrator). */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

const sqlFileProvider: MigrationProvider = {
  async getMigrations() {
    const files = (await fs.readdir(migrationsDir))
      .filter((file) => /^\d{4}_.+\.sql$/.test(file))
      .sort()
    const migrations: Record<string, Migration> = {}
    for (const file of files) {
      const text = await fs.readFile(path.join(migrationsDir, file), 'utf8')
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db)
        },
      }
    }
    return migrations
  },
}

// kysely's Migrator is typed for any schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider: sqlFileProvider }).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error })
  return (results ?? []).map((result) => result.migrationName)
}
