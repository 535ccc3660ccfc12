export { loadGazetteer } from './gazetteer.ts'
export type { Gazetteer } from './gazetteer.ts'
export { GEO_CREDITS } from './credits.ts'
