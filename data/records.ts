/** What every dataset module produces; the type lives in shared/ so the store can accept it. */
export type { DatasetRecords } from '@netzwerkatlas/shared'
