/**
 * The credit line for MapLibre's attribution control, built from /api/meta's geodata credits (the line of
 * SOURCES.md) with the licences and the BKG linked; plus the ODbL credit while OpenStreetMap-derived points
 * are on screen. The control takes HTML: every text is escaped first.
 */
import type { Credit } from '@netzwerkatlas/shared'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const link = (href: string, text: string) =>
  `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`

function creditHtml(credit: Credit): string {
  let html = escapeHtml(credit.text)
  if (credit.licence && credit.licenceUrl) {
    const licence = escapeHtml(credit.licence)
    const at = html.lastIndexOf(licence)
    if (at >= 0) {
      html = html.slice(0, at) + link(credit.licenceUrl, licence) + html.slice(at + licence.length)
    }
  }
  if (credit.url) {
    // Link the source's name: the part before the first comma or opening parenthesis.
    const end = html.search(/ \(|,/)
    const name = end > 0 ? html.slice(0, end) : html
    if (!name.includes('<a ')) html = link(credit.url, name) + html.slice(name.length)
  }
  return html
}

const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/'

export function attributionHtml(credits: readonly Credit[], odblText: string | null): string[] {
  const parts = credits.map(creditHtml)
  if (odblText) {
    parts.push(
      `${link('https://www.openstreetmap.org/copyright', escapeHtml(odblText.replace(/, ODbL 1\.0$/, '')))}, ${link(ODBL_URL, 'ODbL 1.0')}`,
    )
  }
  return parts
}
