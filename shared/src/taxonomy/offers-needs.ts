/** What an actor can give or is looking for. Offers and needs share one list so they can be matched. */
import { defineVocabulary } from './vocabulary.ts'

export const offersNeeds = defineVocabulary([
  { id: 'premises', de: 'Räume', en: 'Premises' },
  { id: 'volunteers', de: 'Ehrenamtliche', en: 'Volunteers' },
  { id: 'expertise', de: 'Fachwissen', en: 'Expertise' },
  { id: 'counselling', de: 'Beratung', en: 'Counselling' },
  { id: 'funding', de: 'Finanzierung', en: 'Funding' },
  { id: 'funding_advice', de: 'Fördermittelberatung', en: 'Funding advice' },
  { id: 'networking', de: 'Vernetzung', en: 'Networking' },
  { id: 'training', de: 'Weiterbildung', en: 'Training' },
  { id: 'equipment', de: 'Ausstattung', en: 'Equipment' },
  { id: 'transport', de: 'Mobilität und Fahrdienste', en: 'Transport' },
  { id: 'public_relations', de: 'Öffentlichkeitsarbeit', en: 'Public relations' },
  { id: 'digital_support', de: 'Digitale Unterstützung', en: 'Digital support' },
  { id: 'research', de: 'Forschung und Evaluation', en: 'Research and evaluation' },
  { id: 'target_group_access', de: 'Zugang zu Zielgruppen', en: 'Access to target groups' },
])

export type OfferNeed = (typeof offersNeeds.ids)[number]
