/**
 * The bundle's metadata: datapackage.json (Frictionless Data Package: resources with table schemas, licences,
 * sources) and README.md (what is in it and the codebook of every column, German and English). The export time
 * is only in datapackage.json (`created`), so every other file of the bundle is reproducible.
 */
import type { Credit, DatasetSummary } from '@netzwerkatlas/shared'
import type { Attribute, AttributeType } from './attributes.ts'
import type { ExportFile } from './export-files.ts'
import type { ExportGraph } from './export-graph.ts'
import { analysisNoteText } from './metric-attributes.ts'

export interface BundleFacts {
  name: string
  dataVersion: number
  filtersText: string
  /** Both variants, two-mode first. */
  graphs: readonly ExportGraph[]
  files: readonly { path: string; file: ExportFile }[]
  datasets: readonly DatasetSummary[]
  geoCredits: readonly Credit[]
  exportedAt: Date
}

const FRICTIONLESS_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'integer',
  double: 'number',
  boolean: 'boolean',
  date: 'date',
  list: 'string',
}

const METRICS_NOTE = {
  de: 'Die Spalten `degree` bis `is_cut_vertex` kommen aus der Netzwerkanalyse derselben Datenversion (wie `/api/network/metrics`): berechnet auf dem ganzen öffentlichen Netz (ungerichtet, jede Beziehungsart, parallele Beziehungen als eine Kante), unabhängig von den Filtern; im Ein-Modus-Netz dieselben Werte des Zwei-Modus-Netzes. Ist die Analyse beim Export noch nicht fertig, sind sie leer und die Metadaten sagen `analysis: pending`.',
  en: 'The columns `degree` to `is_cut_vertex` come from the network analysis of the same data version (as `/api/network/metrics`): computed on the whole public network (undirected, every tie type, parallel ties as one edge), whatever the filters; the one-mode files carry the same values of the two-mode network. If the analysis was not finished at export time they are empty and the metadata says `analysis: pending`.',
}

const PROJECTION_BASIS = {
  de: 'Ein-Modus-Netz: nur Organisationen. Zwei Organisationen sind verbunden, wenn beide mit demselben Projekt oder derselben Veranstaltung verbunden sind (jede Beziehungsart, die die Filter zulassen, in beide Richtungen); weight = Zahl dieser Projekte und Veranstaltungen, via = ihre Ids. Direkte Beziehungen zwischen Organisationen gehen nicht ein.',
  en: 'One-mode network: organisations only. Two organisations are tied when both are tied to the same project or event (any tie type the filters keep, either direction); weight = the number of such projects and events, via = their ids. Direct ties between organisations are not part of it.',
}

/** The datasets whose records are in the export, in id order. */
function datasetsIn(graph: ExportGraph, all: readonly DatasetSummary[]) {
  const used = new Set(graph.nodes.map((node) => node.provenance.dataset))
  for (const edge of graph.edges) {
    const provenance = (edge as { provenance?: { dataset: string } }).provenance
    if (provenance) used.add(provenance.dataset)
  }
  return all.filter((dataset) => used.has(dataset.id)).sort((a, b) => (a.id < b.id ? -1 : 1))
}

function fieldsOf<Item>(leading: readonly string[], attributes: readonly Attribute<Item>[]) {
  return [
    ...leading.map((name) => ({ name, type: 'string' })),
    ...attributes.map((attribute) => ({
      name: attribute.id,
      type: FRICTIONLESS_TYPES[attribute.type],
      description: attribute.meaning.en,
    })),
  ]
}

function tableSchema(graph: ExportGraph, path: string) {
  if (path.endsWith('-nodes.csv'))
    return { fields: fieldsOf(['id'], graph.nodeAttributes), primaryKey: ['id'] }
  if (path.endsWith('-edges.csv')) {
    return {
      fields: fieldsOf(['id', 'source', 'target'], graph.edgeAttributes),
      primaryKey: ['id'],
    }
  }
  return undefined
}

export function dataPackageJson(facts: BundleFacts): string {
  const datasets = datasetsIn(facts.graphs[0]!, facts.datasets)
  const graphOf = (path: string) => facts.graphs.find((graph) => path.startsWith(graph.variant))!
  const resources = facts.files.map(({ path, file }) => {
    const schema = tableSchema(graphOf(path), path)
    return {
      name: path.replace(/\.[a-z]+$/, '').replace(/[^a-z0-9-]/g, '-'),
      path,
      mediatype: file.mediaType.split(';')[0],
      encoding: 'utf-8',
      ...(schema ? { profile: 'tabular-data-resource', format: 'csv', schema } : {}),
    }
  })
  const dataPackage = {
    profile: 'data-package',
    name: facts.name,
    title: 'Netzwerkatlas Sachsen',
    description: `Actors of social innovation in Saxony and their ties, data version ${facts.dataVersion}, filters: ${facts.filtersText || 'none'}.`,
    version: String(facts.dataVersion),
    created: facts.exportedAt.toISOString(),
    licenses: datasets
      .filter((dataset) => dataset.licence !== null)
      .map((dataset) => ({ name: dataset.licence, title: `${dataset.title}: ${dataset.licence}` })),
    sources: [
      ...datasets.map((dataset) => ({
        title: dataset.title,
        ...(dataset.sourceUrl ? { path: dataset.sourceUrl } : {}),
        ...(dataset.attribution ? { attribution: dataset.attribution } : {}),
      })),
      ...facts.geoCredits.map((credit) => ({
        title: credit.text,
        ...(credit.url ? { path: credit.url } : {}),
        ...(credit.licence ? { licence: credit.licence } : {}),
      })),
    ],
    netzwerkatlas: {
      dataVersion: facts.dataVersion,
      filters: facts.filtersText,
      variants: facts.graphs.map((graph) => ({
        variant: graph.variant,
        nodes: graph.nodes.length,
        edges: graph.edges.length,
      })),
      projectionBasis: PROJECTION_BASIS.en,
      analysis: facts.graphs[0]!.analysis,
    },
    resources,
  }
  return JSON.stringify(dataPackage, null, 2) + '\n'
}

/** Markdown table cells: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/[\r\n]+/g, ' ').replaceAll('|', '\\|')

function codebook<Item>(
  attributes: readonly Attribute<Item>[],
  language: 'de' | 'en',
  leading: string,
) {
  const header = language === 'de' ? '| Spalte | Typ | Bedeutung |' : '| Column | Type | Meaning |'
  const rows = attributes.map(
    (attribute) =>
      `| \`${attribute.id}\` | ${attribute.type} | ${cell(attribute.meaning[language])} |`,
  )
  return [header, '| --- | --- | --- |', leading, ...rows].join('\n')
}

export function readmeMarkdown(facts: Omit<BundleFacts, 'exportedAt'>): string {
  const [twoMode, oneMode] = facts.graphs
  const datasets = datasetsIn(twoMode!, facts.datasets)
  const datasetLines = datasets.map(
    (d) =>
      `- \`${d.id}\` — ${cell(d.title)}; licence/Lizenz: ${d.licence ?? '—'}${d.attribution ? `; attribution/Nachweis: ${cell(d.attribution)}` : ''}${d.sourceUrl ? `; ${d.sourceUrl}` : ''}${d.synthetic ? ' (synthetic/erfunden)' : ''}`,
  )
  const creditLines = facts.geoCredits.map(
    (credit) =>
      `- ${cell(credit.text)}${credit.licence ? ` (${credit.licence})` : ''}${credit.url ? ` ${credit.url}` : ''}`,
  )
  const fileLines = facts.files.map(({ path }) => `- \`${path}\``)
  const filters = facts.filtersText || 'keine / none'
  const counts = facts.graphs
    .map((graph) => `${graph.variant}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`)
    .join('; ')
  return `# Netzwerkatlas Sachsen — Export

Datenversion / data version: **${facts.dataVersion}** · Filter / filters: \`${filters}\` · ${counts}

Zitieren / cite as: Netzwerkatlas Sachsen, Datenversion ${facts.dataVersion}${facts.filtersText ? `, Filter ${facts.filtersText}` : ''}. Exportzeit / export time: \`created\` in datapackage.json.

Analyse / analysis: ${cell(analysisNoteText(twoMode!.analysis))}

## Dateien / files

${fileLines.join('\n')}
- \`datapackage.json\` — Frictionless Data Package (resources, table schemas, licences, sources)

## Deutsch

Akteure sozialer Innovation in Sachsen (Organisationen, Projekte, Veranstaltungen) und ihre Beziehungen, so wie
die öffentliche Ansicht sie zeigt (veröffentlichte Einträge). **Zwei-Modus** (\`two-mode*\`): alle Akteure und
Beziehungen wie erfasst. **Ein-Modus** (\`one-mode*\`): ${PROJECTION_BASIS.de}

Kanten stehen von \`source\` nach \`target\` wie gespeichert; \`directed = false\` heißt wechselseitig. Leere
Werte heißen unbekannt. Listen sind mit \`;\` getrennt, Datumsangaben ISO 8601. In CSV beginnt Text, der mit
\`= + - @\`, Tab oder CR anfinge, mit einem Apostroph (Schutz vor Formeln in Tabellenprogrammen). GeoJSON enthält
nur Akteure mit Ort (die übrigen zählt \`metadata.actorsWithoutPlace\`).

${METRICS_NOTE.de}

### Knoten (zwei- und ein-modus)

${codebook(twoMode!.nodeAttributes, 'de', '| `id` | string | Stabile Id des Akteurs |')}

### Kanten (zwei-modus)

${codebook(twoMode!.edgeAttributes, 'de', '| `id`, `source`, `target` | string | Id der Beziehung, Ids der beiden Akteure |')}

### Kanten (ein-modus)

${codebook(oneMode!.edgeAttributes, 'de', '| `id`, `source`, `target` | string | `source--target`, Ids der beiden Organisationen |')}

## English

Actors of social innovation in Saxony (organisations, projects, events) and their ties, as the public view shows
them (published records). **Two-mode** (\`two-mode*\`): every actor and tie as recorded. **One-mode**
(\`one-mode*\`): ${PROJECTION_BASIS.en}

Edges run from \`source\` to \`target\` as stored; \`directed = false\` means mutual. Empty values mean unknown.
Lists are separated by \`;\`, dates are ISO 8601. In CSV, text that would start with \`= + - @\`, tab or CR gets a
leading apostrophe (against formulas in spreadsheets). GeoJSON holds only actors with a place (the others are
counted in \`metadata.actorsWithoutPlace\`).

${METRICS_NOTE.en}

### Nodes (two- and one-mode)

${codebook(twoMode!.nodeAttributes, 'en', "| `id` | string | The actor's stable id |")}

### Edges (two-mode)

${codebook(twoMode!.edgeAttributes, 'en', '| `id`, `source`, `target` | string | Id of the tie, ids of its two actors |')}

### Edges (one-mode)

${codebook(oneMode!.edgeAttributes, 'en', '| `id`, `source`, `target` | string | `source--target`, ids of the two organisations |')}

## Datensätze und Lizenzen / datasets and licences

${datasetLines.join('\n') || '- —'}

## Geodaten / geodata credits

${creditLines.join('\n') || '- —'}
`
}
