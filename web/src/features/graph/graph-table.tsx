/**
 * The table alternative of the canvas: the drawn actors with their partners on screen, metrics and community,
 * sortable by every column. Long tables show their first rows until asked for all (a table of thousands of
 * rows costs as much to render as the canvas).
 */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface GraphTableRow {
  id: string
  name: string
  type: string
  partners: number
  betweenness: number
  pageRank: number
  brokerage: number
  community: string
}

type Column = Exclude<keyof GraphTableRow, 'id'>
const columns: { key: Column; text: string; numeric: boolean }[] = [
  { key: 'name', text: 'graph.columnName', numeric: false },
  { key: 'type', text: 'graph.columnType', numeric: false },
  { key: 'partners', text: 'graph.columnPartners', numeric: true },
  { key: 'betweenness', text: 'graph.columnBetweenness', numeric: true },
  { key: 'pageRank', text: 'graph.columnPageRank', numeric: true },
  { key: 'brokerage', text: 'graph.columnBrokerage', numeric: true },
  { key: 'community', text: 'graph.columnCommunity', numeric: false },
]

const FIRST_ROWS = 100
const collator = new Intl.Collator('de')

interface Props {
  rows: GraphTableRow[]
  selectedId: string | undefined
  onSelect: (id: string) => void
}

export function GraphTable({ rows, selectedId, onSelect }: Props) {
  const { t, i18n } = useTranslation()
  const [sort, setSort] = useState<{ key: Column; descending: boolean }>({
    key: 'partners',
    descending: true,
  })
  const [showAll, setShowAll] = useState(false)
  const sorted = useMemo(() => {
    const sign = sort.descending ? -1 : 1
    return [...rows].sort((a, b) => {
      const x = a[sort.key]
      const y = b[sort.key]
      const order = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string)
      return sign * order || collator.compare(a.name, b.name)
    })
  }, [rows, sort])
  const shown = showAll ? sorted : sorted.slice(0, FIRST_ROWS)
  const number = (value: number, digits: number) =>
    value.toLocaleString(i18n.language, { maximumFractionDigits: digits })

  return (
    <section className="graph-table" aria-labelledby="graph-table-heading">
      <h2 id="graph-table-heading">{t('graph.table')}</h2>
      <table>
        <caption>{t('graph.tableCaption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      setSort({
                        key: column.key,
                        descending: active ? !sort.descending : column.numeric,
                      })
                    }
                  >
                    {t(column.text as 'graph.columnName')}
                    {active && <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span>}
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr
              key={row.id}
              data-actor={row.id}
              className={row.id === selectedId ? 'selected-row' : undefined}
            >
              <th scope="row" lang="de">
                <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                  {row.name}
                </button>
              </th>
              <td>{row.type}</td>
              <td data-metric="partners">{row.partners}</td>
              <td>{number(row.betweenness, 4)}</td>
              <td>{number(row.pageRank, 5)}</td>
              <td>{number(row.brokerage, 2)}</td>
              <td lang="de">{row.community}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown.length && (
        <p>
          {t('graph.rowsShown', { shown: shown.length, count: sorted.length })}{' '}
          <button type="button" className="secondary" onClick={() => setShowAll(true)}>
            {t('graph.showAllRows', { count: sorted.length })}
          </button>
        </p>
      )}
    </section>
  )
}
