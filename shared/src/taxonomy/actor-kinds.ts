/** What an actor node is: an organisation, a project (a social innovation) or an event. */
import { defineVocabulary } from './vocabulary.ts'

export const actorKinds = defineVocabulary([
  { id: 'organisation', de: 'Organisation', en: 'Organisation' },
  { id: 'project', de: 'Projekt', en: 'Project' },
  { id: 'event', de: 'Veranstaltung', en: 'Event' },
])

export type ActorKind = (typeof actorKinds.ids)[number]
