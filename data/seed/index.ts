export { pressReleaseRecords } from './press-release.ts'
