/**
 * What makes each district's demo cluster look different: its strong topics, its neighbours, whether it
 * is one of the two weakly connected districts, and where research groups sit.
 */
import type { Topic } from '@netzwerkatlas/shared'

export interface DistrictProfile {
  name: string
  /** Topics that actors of this district work on far more often than elsewhere. */
  strongTopics: readonly Topic[]
  /** Districts that share a border (computed once from districts.geojson, vertices closer than 0.5 km). */
  neighbours: readonly string[]
}

export const DISTRICT_PROFILES: Readonly<Record<string, DistrictProfile>> = {
  '14511': {
    name: 'Chemnitz',
    strongTopics: ['culture', 'employment', 'digital_participation'],
    neighbours: ['14521', '14522', '14524'],
  },
  '14521': {
    name: 'Erzgebirgskreis',
    strongTopics: ['rural_development', 'seniors', 'care'],
    neighbours: ['14511', '14522', '14523', '14524'],
  },
  '14522': {
    name: 'Mittelsachsen',
    strongTopics: ['rural_development', 'education', 'employment'],
    neighbours: ['14511', '14521', '14524', '14627', '14628', '14729', '14730'],
  },
  '14523': {
    name: 'Vogtlandkreis',
    strongTopics: ['seniors', 'health', 'rural_development'],
    neighbours: ['14521', '14524'],
  },
  '14524': {
    name: 'Zwickau',
    strongTopics: ['employment', 'structural_change', 'family'],
    neighbours: ['14511', '14521', '14522', '14523'],
  },
  '14612': {
    name: 'Dresden',
    strongTopics: ['social_innovation', 'climate', 'inclusion'],
    neighbours: ['14625', '14627', '14628'],
  },
  '14625': {
    name: 'Bautzen',
    strongTopics: ['structural_change', 'education', 'culture'],
    neighbours: ['14612', '14626', '14627', '14628'],
  },
  '14626': {
    name: 'Görlitz',
    strongTopics: ['structural_change', 'rural_development', 'migration'],
    neighbours: ['14625'],
  },
  '14627': {
    name: 'Meißen',
    strongTopics: ['volunteering', 'family', 'seniors'],
    neighbours: ['14522', '14612', '14625', '14628', '14730'],
  },
  '14628': {
    name: 'Sächsische Schweiz-Osterzgebirge',
    strongTopics: ['care', 'health', 'rural_development'],
    neighbours: ['14522', '14612', '14625', '14627'],
  },
  '14713': {
    name: 'Leipzig',
    strongTopics: ['social_entrepreneurship', 'housing', 'migration', 'neighbourhood'],
    neighbours: ['14729', '14730'],
  },
  '14729': {
    name: 'Landkreis Leipzig',
    strongTopics: ['structural_change', 'youth', 'climate'],
    neighbours: ['14522', '14713', '14730'],
  },
  '14730': {
    name: 'Nordsachsen',
    strongTopics: ['rural_development', 'care', 'digital_participation'],
    neighbours: ['14522', '14627', '14713', '14729'],
  },
}

/**
 * Two rural districts whose actors mostly keep to themselves, so the graph has clusters that hang on a
 * few ties (Erzgebirgskreis and Vogtlandkreis). Ties into them from elsewhere are rare on purpose.
 */
export const WEAKLY_CONNECTED_DISTRICTS: ReadonlySet<string> = new Set(['14521', '14523'])

/** The one neighbour each weak district keeps a broker tie to (its nearest larger city). */
export const WEAK_DISTRICT_BRIDGES: Readonly<Record<string, string>> = {
  '14521': '14511',
  '14523': '14524',
}

/** The three Kreisfreie Städte: their hubs work statewide. */
export const CITY_DISTRICTS: ReadonlySet<string> = new Set(['14511', '14612', '14713'])

/**
 * Towns with a university or Hochschule, and the weight of research_group in their actor-type draw
 * (elsewhere 0.3, so nearly all research groups sit here).
 */
export const UNIVERSITY_TOWNS: Readonly<Record<string, number>> = {
  '14612000': 10, // Dresden
  '14713000': 10, // Leipzig
  '14511000': 6, // Chemnitz
  '14522180': 4, // Freiberg
  '14626610': 3, // Zittau
  '14626110': 3, // Görlitz
  '14524330': 2, // Zwickau
  '14522360': 2, // Mittweida
}
