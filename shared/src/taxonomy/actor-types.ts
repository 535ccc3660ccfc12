/**
 * The type of an actor. `unspecified` is explicit: imported records whose source does not say what an actor is
 * get it instead of a guess.
 */
import { defineVocabulary } from './vocabulary.ts'

export const actorTypes = defineVocabulary([
  { id: 'welfare_org', de: 'Wohlfahrtsverband', en: 'Welfare organisation' },
  { id: 'social_enterprise', de: 'Sozialunternehmen', en: 'Social enterprise' },
  { id: 'research_group', de: 'Forschung und Hochschule', en: 'Research and higher education' },
  { id: 'local_authority', de: 'Kommune und Kommunalverwaltung', en: 'Local authority' },
  { id: 'public_authority', de: 'Landes- oder Bundesbehörde', en: 'State or federal authority' },
  {
    id: 'civil_society',
    de: 'Zivilgesellschaft und Vereine',
    en: 'Civil society and associations',
  },
  { id: 'sociocultural_centre', de: 'Soziokulturelles Zentrum', en: 'Sociocultural centre' },
  { id: 'network', de: 'Netzwerk', en: 'Network' },
  { id: 'funder', de: 'Förderer', en: 'Funder' },
  { id: 'business', de: 'Unternehmen', en: 'Business' },
  { id: 'unspecified', de: 'Nicht angegeben', en: 'Not specified' },
])

export type ActorType = (typeof actorTypes.ids)[number]
