/**
 * The credit line the geodata's licences require, exactly as ../shared/data/geo/SOURCES.md gives it ("Credits to
 * show on the map"), one segment per source. Joined with " · " the texts give the line verbatim. Each segment's
 * `licence` occurs in its text, so the map can link it to `licenceUrl`; `url` links the source (BKG).
 */
import type { Credit } from '@netzwerkatlas/shared'

const DL_DE_BY_2_0 = 'https://www.govdata.de/dl-de/by-2-0'

export const GEO_CREDITS: readonly Credit[] = [
  {
    text: '© GeoBasis-DE / BKG (2025) (Daten verändert), dl-de/by-2-0',
    url: 'https://www.bkg.bund.de',
    licence: 'dl-de/by-2-0',
    licenceUrl: DL_DE_BY_2_0,
  },
  {
    text: 'Einwohnerzahlen: Statistisches Bundesamt (Destatis), GV-ISys, Stand 31.12.2023, dl-de/by-2-0, eigene Berechnung',
    url: null,
    licence: 'dl-de/by-2-0',
    licenceUrl: DL_DE_BY_2_0,
  },
  {
    text: 'Postleitzahlen: GeoNames (www.geonames.org), CC BY 4.0, Daten verändert',
    url: 'https://www.geonames.org',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  },
  {
    text: 'Flüsse, Tschechien/Polen: Natural Earth (public domain)',
    url: 'https://www.naturalearthdata.com',
    licence: null,
    licenceUrl: null,
  },
]

export const GEO_CREDIT_SEPARATOR = ' · '
