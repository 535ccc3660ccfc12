/** Saves a picture of the current view (PNG or SVG) with the legend and the credit line. */
import type { Core } from 'cytoscape'
import { useTranslation } from 'react-i18next'
import { useLabel, useMeta } from '../../api/use-meta.ts'
import type { GraphChoices } from './graph-choices.ts'
import { download, graphPng, graphSvg, type PictureText } from './graph-picture.ts'
import { actorTypeIds, colourOfType } from './graph-symbols.ts'

interface Props {
  cy: () => Core | null
  choices: GraphChoices
  communities: { name: string; colour: string }[]
}

export function GraphPictureButtons({ cy, choices, communities }: Props) {
  const { t, i18n } = useTranslation()
  const label = useLabel()
  const { data: meta } = useMeta()

  const pictureText = (): PictureText => {
    const typeName = (type: string) => {
      const term = meta?.taxonomies.actorTypes.find((entry) => entry.id === type)
      return term ? label(term.label) : type
    }
    const byType = choices.nodeColour === 'type'
    const legend = [
      ...actorTypeIds.map((type) => ({
        type,
        colour: byType ? colourOfType(type) : '#ffffff',
        text: typeName(type),
      })),
      ...(byType
        ? []
        : communities.map((community) => ({
            type: null,
            colour: community.colour,
            text: community.name,
          }))),
    ]
    const date = new Date().toLocaleDateString(i18n.language)
    const credits = (meta?.geoCredits ?? []).map((credit) => credit.text)
    return {
      title: t('graph.heading'),
      legendHeading: `${t('graph.legend')} · ${t('graph.legendSize', { metric: t(`graph.size_${choices.nodeSize}`) })}`,
      legend,
      credit: [`${t('graph.credit')}, ${date}`, ...credits].join(' · '),
    }
  }
  const save = async (format: 'png' | 'svg') => {
    const instance = cy()
    if (!instance) return
    const blob =
      format === 'png'
        ? await graphPng(instance, pictureText())
        : new Blob([graphSvg(instance, pictureText())], { type: 'image/svg+xml' })
    download(blob, `netzwerk.${format}`)
  }

  return (
    <div className="graph-picture" role="group" aria-label={t('graph.picture')}>
      <button type="button" className="secondary" onClick={() => void save('png')}>
        {t('graph.png')}
      </button>
      <button type="button" className="secondary" onClick={() => void save('svg')}>
        {t('graph.svg')}
      </button>
    </div>
  )
}
