/**
 * Topic-keyed words for fictional names: what a group, a project or an event is called when it works on
 * a topic. Generic German only, as in name-words.ts.
 */
import type { Topic } from '@netzwerkatlas/shared'

/** A short topic word for names ("Netzwerk Pflege", "Forschungsgruppe Teilhabe"). */
export const TOPIC_NAME_WORDS: Readonly<Record<Topic, readonly string[]>> = {
  housing: ['Wohnen', 'Gemeinschaftswohnen'],
  care: ['Pflege', 'Sorgearbeit'],
  education: ['Bildung', 'Lernen'],
  inclusion: ['Inklusion', 'Teilhabe'],
  rural_development: ['Ländlicher Raum', 'Dorfentwicklung'],
  structural_change: ['Strukturwandel', 'Zukunft Revier'],
  digital_participation: ['Digitale Teilhabe', 'Digitalkompetenz'],
  employment: ['Arbeit', 'Beschäftigung'],
  health: ['Gesundheit', 'Prävention'],
  migration: ['Integration', 'Ankommen'],
  youth: ['Jugend', 'Kindheit'],
  family: ['Familie', 'Eltern'],
  seniors: ['Älterwerden', 'Generationen'],
  gender_equality: ['Gleichstellung', 'Chancengleichheit'],
  climate: ['Nachhaltigkeit', 'Klimaschutz'],
  culture: ['Soziokultur', 'Kultur'],
  volunteering: ['Engagement', 'Ehrenamt'],
  neighbourhood: ['Quartier', 'Nachbarschaft'],
  social_entrepreneurship: ['Sozialunternehmertum', 'Gemeinwohlwirtschaft'],
  social_innovation: ['Soziale Innovation', 'Teilhabe'],
}

/** Civil-society associations are named after what they do ("Nachbarschaftsverein", "Jugendverein"). */
export const ASSOCIATION_NOUNS: Readonly<Record<Topic, readonly string[]>> = {
  housing: ['Wohnprojektverein', 'Mieterinitiative'],
  care: ['Nachbarschaftshilfeverein', 'Besuchsdienstverein'],
  education: ['Bildungsverein', 'Lesepatenverein'],
  inclusion: ['Inklusionsverein', 'Initiative Miteinander'],
  rural_development: ['Dorfverein', 'Heimatverein'],
  structural_change: ['Zukunftsverein', 'Initiative Wandel'],
  digital_participation: ['Digitalverein', 'Computerclub'],
  employment: ['Erwerbsloseninitiative', 'Arbeitsinitiative'],
  health: ['Selbsthilfeverein', 'Gesundheitsinitiative'],
  migration: ['Begegnungsverein', 'Willkommensinitiative'],
  youth: ['Jugendverein', 'Kinder- und Jugendinitiative'],
  family: ['Familienverein', 'Elterninitiative'],
  seniors: ['Seniorenverein', 'Generationenverein'],
  gender_equality: ['Gleichstellungsinitiative', 'Frauen- und Familienverein'],
  climate: ['Umweltinitiative', 'Gartenverein'],
  culture: ['Kulturverein', 'Kunstverein'],
  volunteering: ['Bürgerverein', 'Freiwilligeninitiative'],
  neighbourhood: ['Nachbarschaftsverein', 'Quartiersverein'],
  social_entrepreneurship: ['Gründungsinitiative', 'Förderverein Gemeinwohl'],
  social_innovation: ['Ideenwerkstatt', 'Zukunftswerkstatt'],
}

/** Project names by topic ("Projekt Dorfladen 2.0"). */
export const PROJECT_WORDS: Readonly<Record<Topic, readonly string[]>> = {
  housing: ['Wohnen für Hilfe', 'Gemeinschaftswohnen', 'Wohnprojekt'],
  care: ['Pflegelotsen', 'Nachbarschaftspflege', 'Sorgende Gemeinschaft'],
  education: ['Lernwerkstatt', 'Lesepaten', 'Bildungsbus'],
  inclusion: ['Inklusionscafé', 'Barrierefrei unterwegs', 'Leichte Sprache'],
  rural_development: ['Dorfladen', 'Mitfahrbank', 'Dorfgemeinschaftshaus'],
  structural_change: ['Revierwerkstatt', 'Zukunftslabor Revier', 'Wandelwerkstatt'],
  digital_participation: ['Digitallotsen', 'Tablet-Treff', 'Digitalsprechstunde'],
  employment: ['Jobbrücke', 'Werkstatt Zukunft', 'Arbeitslotsen'],
  health: ['Gesundheitskiosk', 'Bewegungstreff', 'Gesundheitslotsen'],
  migration: ['Sprachcafé', 'Willkommenslotsen', 'Patenschaften'],
  youth: ['Jugendwerkstatt', 'Jugendbeteiligung', 'Ferienwerkstatt'],
  family: ['Familienpaten', 'Elterncafé', 'Familienzeit'],
  seniors: ['Generationenhaus', 'Seniorentechnik-Treff', 'Besuchspaten'],
  gender_equality: ['Mentoring Gleichstellung', 'Frauen gründen', 'Väterzeit'],
  climate: ['Repair-Café', 'Solidarische Landwirtschaft', 'Lastenrad-Verleih'],
  culture: ['Kulturscheune', 'Stadtteilkultur', 'Erzählcafé'],
  volunteering: ['Ehrenamtsbörse', 'Engagementlotsen', 'Freiwilligentag'],
  neighbourhood: ['Nachbarschaftsgarten', 'Kiezküche', 'Quartierstreff'],
  social_entrepreneurship: ['Gründungslabor', 'Gemeinwohl-Werkstatt', 'Sozialgründerpreis'],
  social_innovation: ['Ideenlabor', 'Innovationswerkstatt', 'Zukunftsdialog'],
}

/** What an event is about ("Fachtag Quartiersentwicklung 2019"). */
export const EVENT_THEMES: Readonly<Record<Topic, string>> = {
  housing: 'Gemeinschaftliches Wohnen',
  care: 'Pflege im Quartier',
  education: 'Bildung vor Ort',
  inclusion: 'Inklusion',
  rural_development: 'Dorfentwicklung',
  structural_change: 'Strukturwandel',
  digital_participation: 'Digitale Teilhabe',
  employment: 'Arbeit und Teilhabe',
  health: 'Gesundheit im Alter',
  migration: 'Ankommen und Bleiben',
  youth: 'Jugendbeteiligung',
  family: 'Familienfreundliche Kommune',
  seniors: 'Gutes Älterwerden',
  gender_equality: 'Gleichstellung',
  climate: 'Nachhaltige Nachbarschaft',
  culture: 'Soziokultur',
  volunteering: 'Ehrenamt',
  neighbourhood: 'Quartiersentwicklung',
  social_entrepreneurship: 'Sozialunternehmen',
  social_innovation: 'Soziale Innovation',
}
