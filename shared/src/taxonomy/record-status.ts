/** Moderation status of actors and relationships, the stage of a project, and how exact a location is. */
import { defineVocabulary } from './vocabulary.ts'

export const recordStatuses = defineVocabulary([
  { id: 'published', de: 'Veröffentlicht', en: 'Published' },
  { id: 'pending', de: 'In Prüfung', en: 'Pending review' },
  { id: 'archived', de: 'Archiviert', en: 'Archived' },
])
export type RecordStatus = (typeof recordStatuses.ids)[number]

export const projectStages = defineVocabulary([
  { id: 'idea', de: 'Idee', en: 'Idea' },
  { id: 'pilot', de: 'Pilotphase', en: 'Pilot' },
  { id: 'established', de: 'Etabliert', en: 'Established' },
  { id: 'spreading', de: 'In Verbreitung', en: 'Spreading' },
])
export type ProjectStage = (typeof projectStages.ids)[number]

export const locationPrecisions = defineVocabulary([
  { id: 'exact', de: 'Adresse', en: 'Address' },
  { id: 'postcode', de: 'Postleitzahl', en: 'Postcode' },
  { id: 'municipality', de: 'Gemeinde', en: 'Municipality' },
])
