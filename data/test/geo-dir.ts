/** Where the tests find ../shared/data (the same defaults as the API's config). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// eslint-disable-next-line n/no-process-env -- tests follow the API's GEO_DIR / REAL_DATA_DIR overrides
const env = process.env

export const GEO_DIR = env.GEO_DIR ?? path.resolve(repositoryRoot, '../shared/data/geo')
export const REAL_DATA_DIR =
  env.REAL_DATA_DIR ?? path.resolve(repositoryRoot, '../shared/data/real')
