/**
 * Real open actor data from Leipzig Data (The Leipzig Open Data Project, CC0; coordinates mostly ODbL), read from
 * REAL_DATA_DIR/leipzig-data/. Historical (2013–2018) and unverified: see that folder's README.md.
 */
export { leipzigDataRecords } from './leipzig-records.ts'
