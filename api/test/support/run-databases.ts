/** The databases one test run created on a shared server: all named with the run's prefix, and only they. */
import pg from 'pg'

/** A LIKE pattern for names starting with `prefix` (its underscores taken literally). */
function startingWith(prefix: string) {
  return `${prefix.replaceAll('_', '\\_')}%`
}

export async function dropRunDatabases(serverUrl: string, prefix: string) {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [startingWith(prefix)],
    )
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`)
    }
  } finally {
    await admin.end()
  }
}
