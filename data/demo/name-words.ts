/**
 * Word lists for fictional names and addresses. Every word is generic German: no real organisation,
 * brand or person may ever appear here (WARNING: also not "Tafel", "Caritas", "Diakonie", "AWO", "DRK").
 */
import type { ActorType } from '@netzwerkatlas/shared'

/** A comma-separated list written as one block (keeps long word lists readable after Prettier). */
const words = (list: string) => list.trim().split(/\s*,\s*/)

const PLACE_WORD_STARTS = words(`
  Linden, Birken, Eichen, Mühl, Sonnen, Wiesen, Tal, Auen, Brunnen, Kastanien, Lerchen, Weiden, Ahorn,
  Kirsch, Holunder, Heide, Rosen, Buchen, Erlen, Schwalben, Quell, Fichten, Apfel, Ginster, Hasel,
  Kiefern, Mohn, Schlehen
`)
const PLACE_WORD_ENDS = words(`
  hof, grund, winkel, blick, weg, hang, garten, aue, eck, feld, ring, höhe, bogen, steg
`)
const PLACE_PHRASES = words(`
  Am Mühlgraben, Am Anger, Am Wasserturm, Am Steinbruch, Am Dorfteich, Am Kirchberg, Am Alten Bahnhof,
  Am Marktbrunnen, An der Weide, Am Hohen Ufer, Am Rosengarten, An der Furt, Am Lindenplatz,
  Am Gänsebach, Im Grünen Winkel, Am Sandberg
`)

/** Fictional micro place names ("Lindenhof", "Talblick", "Am Mühlgraben"): 407 of them. */
export const PLACE_WORDS: readonly string[] = [
  ...PLACE_WORD_STARTS.flatMap((start) =>
    PLACE_WORD_ENDS.filter((end) => !(start === 'Auen' && end === 'aue')).map((end) => start + end),
  ),
  ...PLACE_PHRASES,
]

export const STREETS: readonly string[] = words(`
  Lindenstraße, Am Mühlgraben, Bahnhofstraße, Gartenstraße, Schulstraße, Wiesenweg, Birkenallee,
  Kirchgasse, Am Anger, Feldstraße, Hauptstraße, Bergstraße, Talstraße, Parkstraße, Mühlenweg,
  Ringstraße, Am Teich, Rosenweg, Waldstraße, Brunnenstraße, Sonnenhang, Ahornweg, Eichenring,
  Uferstraße, Am Markt, Weidenweg, Kastanienallee, Holunderweg, Amselgasse, Erlenstraße
`)

/** Nouns by actor type; civil_society is named after its topic (ASSOCIATION_NOUNS) instead. */
export const TYPE_NOUNS: Readonly<Record<Exclude<ActorType, 'civil_society'>, readonly string[]>> =
  {
    welfare_org: words(`
    Sozialwerk, Sozialdienst, Hilfswerk, Sozialstation, Familienzentrum, Beratungsstelle,
    Pflegedienst, Sozialverbund
  `),
    social_enterprise: words(`
    Sozialgenossenschaft, Inklusionsbetrieb, Sozialunternehmen, Quartiersgenossenschaft,
    Integrationswerkstatt, Gemeinwohlgenossenschaft, Sozialkaufhaus
  `),
    research_group: words('Forschungsgruppe, Forschungsstelle, Reallabor, Arbeitsgruppe'),
    local_authority: words(`
    Quartiersmanagement, Stadtteilbüro, Koordinierungsstelle Ehrenamt, Seniorenbüro, Familienbüro,
    Integrationsbüro, Dorfbüro, Sozialraumbüro
  `),
    public_authority: words('Fachstelle'),
    sociocultural_centre: words(`
    Soziokulturelles Zentrum, Kulturhaus, Stadtteilhaus, Bürgerhaus, Kulturbahnhof,
    Dorfgemeinschaftshaus, Kulturscheune
  `),
    network: words('Netzwerk, Bündnis, Verbund, Arbeitskreis, Runder Tisch, Forum'),
    funder: words('Bürgerstiftung, Stiftung, Förderfonds, Quartiersfonds, Engagementfonds'),
    business: words(`
    Tischlerei, Softwarewerkstatt, Druckerei, Bäckerei, Ingenieurbüro, Gärtnerei, Fahrradwerkstatt,
    Werbeagentur, Handwerkskollektiv
  `),
    unspecified: words('Initiative, Gruppe'),
  }

/** Types whose names carry a topic word ("Netzwerk Pflege Lindenhof"). */
export const TYPES_NAMED_WITH_TOPIC: ReadonlySet<ActorType> = new Set([
  'research_group',
  'network',
  'funder',
  'public_authority',
])

export const PROJECT_PREFIXES = words('Projekt, Modellprojekt, Pilotprojekt, Initiative')

export const EVENT_FORMATS = words(`
  Fachtag, Netzwerktreffen, Zukunftswerkstatt, Barcamp, Forum, Werkstattgespräch, Aktionstag,
  Konferenz, Praxistag
`)
