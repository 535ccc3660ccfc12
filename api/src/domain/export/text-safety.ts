/**
 * Text that came from users or sources goes into files other programs interpret. These make sure it stays text:
 * XML gets only the characters XML 1.0 allows, escaped; a CSV cell never starts a spreadsheet formula.
 */

/** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates): removed, not escaped. */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attribute values a parser turns raw whitespace into spaces; as references they survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

const XML_SPECIAL = /[&<>"'\t\n\r]/g

/** Safe in element content and in double- or single-quoted attribute values. */
export function xmlText(value: string): string {
  return value.replace(XML_FORBIDDEN, '').replace(XML_SPECIAL, (char) => XML_ESCAPES[char]!)
}

/** What a parser needs quoted in an RFC 4180 field. */
const NEEDS_QUOTES = /[",\r\n]/

/**
 * A cell starting with `=`, `+`, `-`, `@`, tab or CR is run as a formula by Excel, LibreOffice or Google
 * Sheets. One look at the first character code: this runs for every text cell of a CSV.
 */
function startsFormula(value: string): boolean {
  const first = value.charCodeAt(0)
  return first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13
}

/**
 * One RFC 4180 field. Text that would start a formula gets a leading apostrophe (OWASP's advice), which
 * spreadsheets show as text; quotes double, and a field with a comma, quote or line break is quoted.
 */
export function csvTextCell(value: string): string {
  const neutral = startsFormula(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral
}
