/** The table alternative of the grouped view: each group with its members and ties; a button expands it. */
import type { NetworkGroupsResponse } from '@netzwerkatlas/shared'
import { useTranslation } from 'react-i18next'

interface Props {
  groups: NetworkGroupsResponse
  openKeys: readonly string[]
  /** Opens a group (folding the one open before), or folds it if open. */
  onToggle: (key: string) => void
}

export function GraphGroupTable({ groups, openKeys, onToggle }: Props) {
  const { t, i18n } = useTranslation()
  const g = groups.groups
  const tiesOut = new Array<number>(g.key.length).fill(0)
  groups.links.source.forEach((source, i) => {
    tiesOut[source]! += groups.links.ties[i]!
    tiesOut[groups.links.target[i]!]! += groups.links.ties[i]!
  })
  return (
    <section className="graph-table" aria-labelledby="graph-groups-heading">
      <h2 id="graph-groups-heading">{t('graph.groupsTable')}</h2>
      <table>
        <caption>
          {t('graph.groupsCaption', { groups: g.key.length, actors: groups.actors })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('graph.columnGroup')}</th>
            <th scope="col">{t('graph.columnMembers')}</th>
            <th scope="col">{t('graph.columnInternalTies')}</th>
            <th scope="col">{t('graph.columnTiesOut')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('graph.columnExpand')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {g.key.map((key, i) => {
            const name = i18n.language === 'en' ? g.nameEn[i]! : g.nameDe[i]!
            const isOpen = openKeys.includes(key)
            return (
              <tr key={key} data-group={key} className={isOpen ? 'selected-row' : undefined}>
                <th scope="row" lang="de">
                  {name}
                </th>
                <td>{g.members[i]}</td>
                <td>{g.internalTies[i]}</td>
                <td>{tiesOut[i]}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-pressed={isOpen}
                    onClick={() => onToggle(key)}
                  >
                    {isOpen ? t('graph.collapse', { name }) : t('graph.expand', { name })}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
