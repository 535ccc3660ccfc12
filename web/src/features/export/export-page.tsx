/**
 * /export: the network of the current view (the shared URL filters) as a research file. Pick a format and its
 * shape, then download with progress, or copy the direct link; every option is a radio group (keyboard usable).
 */
import { exportFormats, type ExportFormat } from '@netzwerkatlas/shared'
import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FilterLabelList } from '../../filter-panel/filter-label-list.tsx'
import { filtersOf } from '../../view-state/view-search.ts'
import { useViewSearch } from '../../view-state/use-view-search.ts'
import { ExportPreview } from './export-preview.tsx'
import { exportUrl, type ExportChoice } from './export-url.ts'
import { useDownload, type DownloadState } from './use-download.ts'

interface RadioGroupProps<Value extends string> {
  name: string
  legend: string
  values: readonly Value[]
  labelOf: (value: Value) => string
  value: Value
  onChange: (value: Value) => void
}

function RadioGroup<Value extends string>(props: RadioGroupProps<Value>) {
  return (
    <fieldset className="export-options">
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {props.labelOf(value)}
        </label>
      ))}
    </fieldset>
  )
}

function useSize() {
  const { i18n } = useTranslation()
  return (bytes: number) => {
    const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte']
    return new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit,
      maximumFractionDigits: 1,
    }).format(value)
  }
}

/** An estimate can fall short: the bar stops at 99 % until the last byte is in. */
const MAX_RUNNING_PERCENT = 0.99

/** The live region speaks in steps of a tenth: a screen reader would otherwise read out every chunk. */
const ANNOUNCED_STEPS = 10

type RunningState = Extract<DownloadState, { phase: 'running' }>

const shareOf = ({ bytes, expectedBytes }: RunningState) =>
  expectedBytes === undefined ? undefined : Math.min(bytes / expectedBytes, MAX_RUNNING_PERCENT)

function usePercent() {
  const { i18n } = useTranslation()
  return (share: number) => new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share)
}

/** What the status region says while a file arrives: the same text until the next tenth is reached. */
function useAnnouncement() {
  const { t } = useTranslation()
  const percent = usePercent()
  return (state: RunningState) => {
    const share = shareOf(state)
    if (share === undefined) return t('export.announceRunning')
    const step = Math.floor(share * ANNOUNCED_STEPS) / ANNOUNCED_STEPS
    return t('export.announceProgress', { percent: percent(step) })
  }
}

function RunningDownload({ state, onCancel }: { state: RunningState; onCancel: () => void }) {
  const { t } = useTranslation()
  const size = useSize()
  const formatPercent = usePercent()
  const { bytes, expectedBytes } = state
  const share = shareOf(state)
  const percent = share === undefined ? undefined : formatPercent(share)
  return (
    <>
      {share === undefined ? (
        <progress aria-label={t('export.progress')} />
      ) : (
        <progress aria-label={t('export.progress')} max={1} value={share} />
      )}{' '}
      {expectedBytes === undefined || percent === undefined
        ? t('export.received', { size: size(bytes) })
        : t('export.receivedOf', { percent, size: size(bytes), total: size(expectedBytes) })}{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('export.cancel')}
      </button>
    </>
  )
}

/**
 * The bar and byte count change with every chunk, outside the live region; the region itself (`role=status`)
 * changes only at each tenth while running (hidden then: the bar shows it), and says how the download ended.
 */
function DownloadStatus({ state, onCancel }: { state: DownloadState; onCancel: () => void }) {
  const { t } = useTranslation()
  const size = useSize()
  const announcement = useAnnouncement()
  return (
    <div className="export-status">
      {state.phase === 'running' && <RunningDownload state={state} onCancel={onCancel} />}
      <p role="status" className={state.phase === 'running' ? 'visually-hidden' : undefined}>
        {state.phase === 'running' && announcement(state)}
        {state.phase === 'done' && t('export.done', { size: size(state.bytes), name: state.name })}
        {state.phase === 'failed' && t('export.failed', { detail: state.detail })}
        {state.phase === 'cancelled' && t('export.cancelled')}
      </p>
    </div>
  )
}

export function ExportPage() {
  const { t } = useTranslation()
  const [search] = useViewSearch()
  const filters = filtersOf(search)
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'graphml',
    table: 'nodes',
    flavour: 'networkx',
    variant: 'two-mode',
    bom: false,
  })
  const change = (part: Partial<ExportChoice>) => setChoice((current) => ({ ...current, ...part }))
  const { state, start, cancel } = useDownload()
  const url = exportUrl(choice, filters)

  return (
    <div className="export-page">
      <h2>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <section aria-labelledby="export-filters">
        <h3 id="export-filters">{t('export.filters')}</h3>
        <FilterLabelList filters={filters} emptyText={t('export.noFilters')} />
        <Link to="/" search={(previous: Record<string, unknown>) => previous}>
          {t('export.backToList')}
        </Link>
      </section>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void start(url)
        }}
      >
        <RadioGroup<ExportFormat>
          name="format"
          legend={t('export.format')}
          values={exportFormats}
          labelOf={(format) => t(`export.formats.${format}`)}
          value={choice.format}
          onChange={(format) => change({ format })}
        />
        {choice.format === 'csv' && (
          <RadioGroup
            name="table"
            legend={t('export.table')}
            values={['nodes', 'edges'] as const}
            labelOf={(table) => t(`export.tables.${table}`)}
            value={choice.table}
            onChange={(table) => change({ table })}
          />
        )}
        {choice.format === 'csv' && (
          <p>
            <label>
              <input
                type="checkbox"
                checked={choice.bom}
                onChange={(event) => change({ bom: event.target.checked })}
              />{' '}
              {t('export.bom')}
            </label>
          </p>
        )}
        {choice.format === 'json' && (
          <RadioGroup
            name="flavour"
            legend={t('export.flavour')}
            values={['networkx', 'graphology'] as const}
            labelOf={(flavour) => t(`export.flavours.${flavour}`)}
            value={choice.flavour}
            onChange={(flavour) => change({ flavour })}
          />
        )}
        {choice.format !== 'bundle' && (
          <RadioGroup
            name="variant"
            legend={t('export.variant')}
            values={['two-mode', 'one-mode'] as const}
            labelOf={(variant) => t(`export.variants.${variant}`)}
            value={choice.variant}
            onChange={(variant) => change({ variant })}
          />
        )}
        <p className="export-actions">
          <button type="submit" disabled={state.phase === 'running'}>
            {t('export.download')}
          </button>
          <a href={url} download>
            {t('export.directLink')}
          </a>
        </p>
      </form>
      <ExportPreview
        filters={filters}
        variant={choice.format === 'bundle' ? 'two-mode' : choice.variant}
      />
      <DownloadStatus state={state} onCancel={cancel} />
    </div>
  )
}
