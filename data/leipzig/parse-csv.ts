/**
 * A tiny RFC 4180 CSV parser: quoted fields may hold commas, line breaks and doubled quotes (""). Enough for the
 * Leipzig Data extract, whose names ("HTWK, Fakultät …") and coordinate sources carry commas.
 */

/** Rows of fields. A final line break does not start an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"' // "" inside quotes is one quote
        i++
      } else if (char === '"') isQuoted = false
      else field += char
      continue
    }
    if (char === '"') isQuoted = true
    else if (char === ',') endField()
    else if (char === '\n') endRow()
    else if (char === '\r') {
      if (text[i + 1] === '\n') i++
      endRow()
    } else field += char
  }
  if (isQuoted) throw new Error('CSV ends inside a quoted field')
  if (field !== '' || row.length > 0) endRow()
  return rows
}

/** The rows as objects keyed by the header row. A row with a different field count is an error, not a guess. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
  if (!header) return []
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(
        `CSV row ${index + 2} has ${fields.length} fields, the header ${header.length}`,
      )
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column] ?? '']))
  })
}
