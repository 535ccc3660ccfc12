/** Short fictional free texts for an actor's first offer or need; `{n}` becomes 10, 15, … 60. */
import type { OfferNeed } from '@netzwerkatlas/shared'

export const OFFER_TEXTS: Readonly<Record<OfferNeed, readonly string[]>> = {
  premises: [
    'Gemeinschaftsraum für {n} Personen, abends frei.',
    'Werkstattraum mit Werkbänken, samstags nutzbar.',
    'Saal für {n} Personen, am Wochenende zu vergeben.',
  ],
  volunteers: [
    'Ein Team von {n} Ehrenamtlichen hilft bei Festen und Aktionen.',
    'Unsere Freiwilligen begleiten gern Besuchsdienste.',
  ],
  expertise: [
    'Langjährige Erfahrung mit Beteiligungsverfahren im ländlichen Raum.',
    'Wissen rund um Vereinsgründung und Satzungsfragen.',
  ],
  counselling: ['Offene Sprechstunde dienstags, auch für andere Träger.'],
  funding: [
    'Kleinförderung bis {n}00 Euro für Nachbarschaftsideen.',
    'Jährlicher Ideenwettbewerb mit Preisgeld.',
  ],
  funding_advice: ['Hilfe bei Förderanträgen, nach Terminabsprache.'],
  networking: [
    'Regelmäßige Treffen mit {n} Initiativen aus der Region.',
    'Wir stellen Kontakte zu Verwaltung und Vereinen her.',
  ],
  training: ['Workshops zu Moderation und Öffentlichkeitsarbeit, mehrmals im Jahr.'],
  equipment: [
    'Verleih von Beamer, Pavillon und Festzeltgarnituren.',
    'Lastenrad und Werkzeug zum Ausleihen.',
  ],
  transport: ['Kleinbus mit acht Sitzplätzen, werktags verfügbar.'],
  public_relations: ['Wir teilen Termine in unserem Newsletter mit {n}0 Abonnenten.'],
  digital_support: ['Hilfe bei Website, Videokonferenzen und Datenschutzfragen.'],
  research: ['Begleitforschung und Evaluation für Praxisprojekte.'],
  target_group_access: ['Guter Kontakt zu Familien und älteren Menschen im Ort.'],
}

export const NEED_TEXTS: Readonly<Record<OfferNeed, readonly string[]>> = {
  premises: [
    'Suchen einen Raum für wöchentliche Treffen mit etwa {n} Personen.',
    'Brauchen Lagerfläche für Material und Spenden.',
  ],
  volunteers: [
    'Suchen Ehrenamtliche für Besuchsdienste bei älteren Menschen.',
    'Brauchen Helferinnen und Helfer für das Sommerfest.',
  ],
  expertise: ['Suchen Fachwissen zu Barrierefreiheit und Bauplanung.'],
  counselling: ['Brauchen Beratung zu Aufenthalts- und Sozialrecht.'],
  funding: [
    'Suchen eine Anschlussfinanzierung für die nächsten {n} Monate.',
    'Brauchen Geld für Material und Honorare.',
  ],
  funding_advice: ['Suchen Unterstützung bei einem ersten Förderantrag.'],
  networking: ['Möchten andere Initiativen mit ähnlichen Themen kennenlernen.'],
  training: ['Suchen eine Schulung zu Moderation und Konfliktlösung.'],
  equipment: ['Brauchen Tische, Bänke und eine Musikanlage für Veranstaltungen.'],
  transport: ['Suchen Fahrdienste für ältere Menschen zu unseren Treffen.'],
  public_relations: ['Brauchen Hilfe, um unser Angebot bekannter zu machen.'],
  digital_support: ['Suchen Unterstützung beim Aufbau einer Website.'],
  research: ['Möchten die Wirkung unseres Projekts untersuchen lassen.'],
  target_group_access: ['Suchen Kontakt zu Familien und Jugendlichen vor Ort.'],
}
