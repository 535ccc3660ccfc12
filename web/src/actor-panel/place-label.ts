/**
 * The text for where an actor is: the API's place (address city, else municipality name), else its district,
 * else "Ort unbekannt" when it has no place.
 */
import type { ActorSummary, MetaResponse } from '@netzwerkatlas/shared'

export function placeLabel(
  actor: Pick<ActorSummary, 'city' | 'districtAgs' | 'location'>,
  districts: MetaResponse['districts'] | undefined,
  placeUnknown: string,
): string {
  const district = districts?.find((d) => d.ags === actor.districtAgs)?.name
  return actor.city ?? district ?? (actor.location ? '' : placeUnknown)
}
