/**
 * Fictional actor names: "Demo-" + generic words + the municipality in brackets, e.g.
 * "Demo-Nachbarschaftsverein Talblick (Pirna)". Names are unique: a repeat gets a roman numeral
 * ("Demo-Kulturverein Lindenhof II (Leipzig)"), numbered in the order the actors are generated.
 */
import type { ActorKind, ActorType, Topic } from '@netzwerkatlas/shared'
import {
  EVENT_FORMATS,
  PLACE_WORDS,
  PROJECT_PREFIXES,
  TYPE_NOUNS,
  TYPES_NAMED_WITH_TOPIC,
} from './name-words.ts'
import type { Random } from './random.ts'
import { ASSOCIATION_NOUNS, EVENT_THEMES, PROJECT_WORDS, TOPIC_NAME_WORDS } from './topic-words.ts'

const NAME_PREFIX = 'Demo-'

export interface NameRequest {
  kind: ActorKind
  type: ActorType
  /** The first topic is the one the name is about. */
  topics: readonly Topic[]
  /** Shown in brackets; null for actors without a place. */
  municipalityName: string | null
  /** Events only: the year in the name. */
  year: number | null
}

function drawStem(request: NameRequest, random: Random): string {
  const topic = request.topics[0] ?? 'social_innovation'
  const place = random.pick(PLACE_WORDS)
  if (request.kind === 'event') {
    return `${random.pick(EVENT_FORMATS)} ${EVENT_THEMES[topic]} ${request.year ?? ''}`.trim()
  }
  if (request.kind === 'project') {
    const project = `${random.pick(PROJECT_PREFIXES)} ${random.pick(PROJECT_WORDS[topic])}`
    const variant = random.next()
    return variant < 0.3 ? `${project} 2.0` : variant < 0.7 ? `${project} ${place}` : project
  }
  if (request.type === 'civil_society') return `${random.pick(ASSOCIATION_NOUNS[topic])} ${place}`
  const noun = random.pick(TYPE_NOUNS[request.type])
  return TYPES_NAMED_WITH_TOPIC.has(request.type)
    ? `${noun} ${random.pick(TOPIC_NAME_WORDS[topic])} ${place}`
    : `${noun} ${place}`
}

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

function toRoman(value: number): string {
  if (value >= 4000) return String(value)
  let rest = value
  let roman = ''
  for (const [amount, digits] of ROMAN_DIGITS) {
    for (; rest >= amount; rest -= amount) roman += digits
  }
  return roman
}

/** A namer remembers every name it gave, so each actor of one network gets a unique name. */
export function createNamer(random: Random) {
  const used = new Set<string>()
  const repeats = new Map<string, number>()
  const compose = (stem: string, numeral: string, municipality: string | null) =>
    `${NAME_PREFIX}${stem}${numeral ? ` ${numeral}` : ''}${municipality ? ` (${municipality})` : ''}`

  return (request: NameRequest): string => {
    const stem = drawStem(request, random)
    const first = compose(stem, '', request.municipalityName)
    // Stems never end in a roman numeral, so "Stem II (Ort)" is never another stem's first name.
    let repeat = repeats.get(first) ?? 1
    let name = first
    while (used.has(name)) name = compose(stem, toRoman(++repeat), request.municipalityName)
    repeats.set(first, repeat)
    used.add(name)
    return name
  }
}
