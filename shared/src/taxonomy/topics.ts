/** Topics an actor works on; the controlled vocabulary used for filters and partner matching. */
import { defineVocabulary } from './vocabulary.ts'

export const topics = defineVocabulary([
  { id: 'housing', de: 'Wohnen', en: 'Housing' },
  { id: 'care', de: 'Pflege', en: 'Care' },
  { id: 'education', de: 'Bildung', en: 'Education' },
  { id: 'inclusion', de: 'Inklusion', en: 'Inclusion' },
  { id: 'rural_development', de: 'Ländliche Entwicklung', en: 'Rural development' },
  { id: 'structural_change', de: 'Strukturwandel', en: 'Structural change' },
  { id: 'digital_participation', de: 'Digitale Teilhabe', en: 'Digital participation' },
  { id: 'employment', de: 'Arbeit und Beschäftigung', en: 'Employment' },
  { id: 'health', de: 'Gesundheit', en: 'Health' },
  { id: 'migration', de: 'Migration und Integration', en: 'Migration and integration' },
  { id: 'youth', de: 'Kinder und Jugend', en: 'Children and youth' },
  { id: 'family', de: 'Familie', en: 'Family' },
  { id: 'seniors', de: 'Seniorinnen und Senioren', en: 'Older people' },
  { id: 'gender_equality', de: 'Gleichstellung', en: 'Gender equality' },
  { id: 'climate', de: 'Klima und Nachhaltigkeit', en: 'Climate and sustainability' },
  { id: 'culture', de: 'Kultur und Soziokultur', en: 'Culture' },
  { id: 'volunteering', de: 'Ehrenamt und Engagement', en: 'Volunteering' },
  { id: 'neighbourhood', de: 'Nachbarschaft und Quartier', en: 'Neighbourhood' },
  { id: 'social_entrepreneurship', de: 'Soziales Unternehmertum', en: 'Social entrepreneurship' },
  { id: 'social_innovation', de: 'Soziale Innovation', en: 'Social innovation' },
])

export type Topic = (typeof topics.ids)[number]
