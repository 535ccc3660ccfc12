/** The selected actor's position in the network, in words from the analysis, inside the shared detail panel. */
import { useTranslation } from 'react-i18next'
import { useLabel } from '../../api/use-meta.ts'
import type { GraphNode } from './graph-model.ts'

export function GraphActorMetrics({ node }: { node: GraphNode | undefined }) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const number = (value: number, digits: number) =>
    value.toLocaleString(i18n.language, { maximumFractionDigits: digits })
  return (
    <section aria-labelledby="graph-metrics-heading">
      <h3 id="graph-metrics-heading">{t('graph.metricsHeading')}</h3>
      {node?.summary ? (
        <>
          <p>{label(node.summary)}</p>
          <dl className="facts">
            <div>
              <dt>{t('graph.metricDegree')}</dt>
              <dd>{node.metrics.degree}</dd>
            </div>
            <div>
              <dt>{t('graph.metricBetweenness')}</dt>
              <dd>{number(node.metrics.betweenness, 4)}</dd>
            </div>
            <div>
              <dt>{t('graph.metricPageRank')}</dt>
              <dd>{number(node.metrics.pageRank, 5)}</dd>
            </div>
            <div>
              <dt>{t('graph.metricBrokerage')}</dt>
              <dd>{number(node.metrics.brokerage, 2)}</dd>
            </div>
            {node.communityName && (
              <div>
                <dt>{t('graph.metricCommunity')}</dt>
                <dd lang="de">{label(node.communityName)}</dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p>{t('graph.metricsPending')}</p>
      )}
    </section>
  )
}
