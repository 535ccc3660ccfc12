/**
 * The timeline: a year slider and a play button that step the graph year by year (URL `year`: ties not active
 * then are hidden), with a small chart of active actors and ties per year and the same figures as a table.
 * With `prefers-reduced-motion` nothing advances by itself: the button shows the next year on each click.
 */
import type { TFunction } from 'i18next'
import type { NetworkTimelineResponse } from '@netzwerkatlas/shared'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExploreToolsProps } from '../graph-focus.ts'
import { AnalysisVersionNote } from './analysis-version-note.tsx'
import { useAnnounce } from './announcer.tsx'
import { timelineQuery } from './explore-queries.ts'
import { TimelineChart } from './timeline-chart.tsx'
import { usePrefersReducedMotion } from './use-prefers-reduced-motion.ts'

type Props = Pick<ExploreToolsProps, 'year' | 'onYearChange'>
type Year = NetworkTimelineResponse['years'][number]

/** Time each year stays on screen while playing: long enough for the canvas to redraw and a reader to see it. */
const PLAY_STEP_MS = 1500

export function Timeline({ year, onYearChange }: Props) {
  const { t } = useTranslation()
  const timeline = useQuery(timelineQuery())
  const reducedMotion = usePrefersReducedMotion()
  const [playing, setPlaying] = useState(false)
  const announce = useAnnounce()
  const years = timeline.data?.years ?? []
  const first = years[0]?.year
  const last = years.at(-1)?.year
  const shown = year === undefined ? undefined : years.find((entry) => entry.year === year)

  const next = (current: number | undefined) =>
    current === undefined || last === undefined || current >= last ? first : current + 1

  // The page may hand a new callback on every render; the step timer must not restart for that.
  const changeYear = useRef(onYearChange)
  useEffect(() => {
    changeYear.current = onYearChange
  }, [onYearChange])
  useEffect(() => {
    if (!playing || reducedMotion || last === undefined) return
    const timer = setTimeout(() => {
      if (year === undefined || year >= last) setPlaying(false)
      else changeYear.current(year + 1)
    }, PLAY_STEP_MS)
    return () => clearTimeout(timer)
  }, [playing, reducedMotion, year, last])

  const announced = useRef<number | undefined | null>(null)
  useEffect(() => {
    if (!timeline.data || announced.current === year) return
    const initial = announced.current === null
    announced.current = year
    if (initial) return
    announce(shown ? yearAnnouncement(t, shown) : t('explore.timeline.announceAll'))
  }, [timeline.data, year, shown, announce, t])

  if (timeline.isPending) return <p>{t('explore.loading')}</p>
  if (timeline.isError || first === undefined || last === undefined)
    return <p role="alert">{t('explore.error')}</p>

  const startPlaying = () => {
    if (year === undefined || year >= last) onYearChange(first)
    setPlaying(true)
  }

  return (
    <div className="explore-timeline">
      <AnalysisVersionNote answer={timeline.data} />
      <div className="explore-timeline-controls">
        <label htmlFor="timeline-year">{t('explore.timeline.year')}</label>
        <input
          id="timeline-year"
          type="range"
          min={first}
          max={last}
          step={1}
          value={year ?? last}
          aria-valuetext={year === undefined ? t('explore.timeline.allYears') : String(year)}
          onChange={(event) => {
            setPlaying(false)
            onYearChange(Number(event.target.value))
          }}
        />
        <output htmlFor="timeline-year" className="explore-year">
          {year ?? '–'}
        </output>
      </div>
      <label className="explore-check">
        <input
          type="checkbox"
          checked={year === undefined}
          onChange={(event) => {
            setPlaying(false)
            onYearChange(event.target.checked ? undefined : last)
          }}
        />
        {t('explore.timeline.allYears')}
      </label>
      <div className="explore-actions">
        {reducedMotion ? (
          <button type="button" onClick={() => onYearChange(next(year))}>
            {t('explore.timeline.step')}
          </button>
        ) : (
          <button
            type="button"
            aria-pressed={playing}
            onClick={() => (playing ? setPlaying(false) : startPlaying())}
          >
            {playing ? t('explore.timeline.pause') : t('explore.timeline.play')}
          </button>
        )}
      </div>
      {reducedMotion && <p className="explore-hint">{t('explore.timeline.reducedMotion')}</p>}
      <TimelineChart years={years} year={year} />
      <details className="explore-table-disclosure">
        <summary>{t('explore.timeline.table')}</summary>
        <TimelineTable years={years} year={year} />
      </details>
    </div>
  )
}

function yearAnnouncement(t: TFunction, entry: Year) {
  return t('explore.timeline.announce', {
    year: entry.year,
    actors: entry.actorsActive,
    ties: entry.relationshipsActive,
    newTies: entry.newTies,
  })
}

function TimelineTable({ years, year }: { years: readonly Year[]; year: number | undefined }) {
  const { t } = useTranslation()
  return (
    <table className="explore-table" data-testid="timeline-table">
      <caption>{t('explore.sections.timeline')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('explore.timeline.year')}</th>
          <th scope="col">{t('explore.timeline.actors')}</th>
          <th scope="col">{t('explore.timeline.ties')}</th>
          <th scope="col">{t('explore.timeline.newTies')}</th>
          <th scope="col">{t('explore.timeline.components')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((entry) => (
          <tr key={entry.year} aria-current={entry.year === year ? 'true' : undefined}>
            <th scope="row">{entry.year}</th>
            <td>{entry.actorsActive}</td>
            <td>{entry.relationshipsActive}</td>
            <td>{entry.newTies}</td>
            <td>{entry.components}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
