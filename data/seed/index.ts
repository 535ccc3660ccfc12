export { pressReleaseRecords, PRESS_RELEASE_DATASET } from './press-release.ts'
