/**
 * One or two German sentences per actor from templates: what it is, where, on which topics. Every
 * description says "fiktiv", so a screenshot of the demo cannot be mistaken for real data.
 */
import {
  projectStages,
  topics as topicVocabulary,
  type ActorKind,
  type ActorType,
  type ProjectStage,
  type Topic,
} from '@netzwerkatlas/shared'
import type { Random } from './random.ts'

const ORGANISATION_PHRASES: Readonly<Record<ActorType, string>> = {
  civil_society: 'Fiktiver Verein',
  welfare_org: 'Fiktiver sozialer Träger',
  social_enterprise: 'Fiktives Sozialunternehmen',
  research_group: 'Fiktive Forschungsgruppe',
  local_authority: 'Fiktive kommunale Anlaufstelle',
  public_authority: 'Fiktive Fachstelle',
  sociocultural_centre: 'Fiktives soziokulturelles Zentrum',
  network: 'Fiktives Netzwerk',
  funder: 'Fiktiver Förderer',
  business: 'Fiktives Unternehmen',
  unspecified: 'Fiktive Organisation',
}

const SECOND_SENTENCES: Readonly<Record<ActorKind, readonly string[]>> = {
  organisation: [
    'Ehrenamtliche und Hauptamtliche arbeiten hier eng zusammen.',
    'Die Angebote richten sich an alle Generationen im Ort.',
    'Regelmäßige offene Treffen laden zum Mitmachen ein.',
    'Die Arbeit wird zum Teil durch Spenden getragen.',
    'Kooperationen mit Schulen und Vereinen gehören zum Alltag.',
  ],
  project: [
    'Das Vorhaben erprobt neue Wege, Menschen vor Ort zusammenzubringen.',
    'Ziel ist, die Idee nach der Erprobung auf weitere Orte zu übertragen.',
    'Beteiligt sind Vereine, Verwaltung und Bürgerinnen und Bürger.',
  ],
  event: [
    'Eingeladen sind Engagierte, Fachleute und Interessierte.',
    'Im Mittelpunkt stehen Austausch und gute Beispiele aus der Praxis.',
    'Das Programm verbindet Vorträge mit offenen Werkstätten.',
  ],
}

/** "Thema: Pflege." or "Themen: Pflege, Arbeit und Beschäftigung." (labels may contain "und"). */
function listTopics(topics: readonly Topic[]): string {
  const labels = topics.map((topic) => topicVocabulary.labels[topic].de)
  return ` ${labels.length === 1 ? 'Thema' : 'Themen'}: ${labels.join(', ')}.`
}

/** "21.10.2021" from "2021-10-21". */
const toGermanDate = (isoDate: string) => isoDate.split('-').reverse().join('.')

export interface DescriptionFacts {
  kind: ActorKind
  type: ActorType
  topics: readonly Topic[]
  city: string | null
  stage: ProjectStage | null
  startDate: string | null
}

export function describeActor(facts: DescriptionFacts, random: Random): string {
  const where = facts.city ? ` in ${facts.city}` : ' ohne festen Ort'
  const first =
    facts.kind === 'event'
      ? `Fiktive Veranstaltung${where} am ${toGermanDate(facts.startDate ?? '')}`
      : facts.kind === 'project'
        ? `Fiktives Projekt${where} (Phase: ${projectStages.labels[facts.stage ?? 'idea'].de})`
        : `${ORGANISATION_PHRASES[facts.type]}${where}`
  const second = random.chance(0.7) ? ` ${random.pick(SECOND_SENTENCES[facts.kind])}` : ''
  // Town names may end in a full stop ("Schwarzenberg/Erzgeb."): never write two.
  const sentence = first.endsWith('.') ? first : `${first}.`
  return `${sentence}${facts.topics.length > 0 ? listTopics(facts.topics) : ''}${second}`
}
