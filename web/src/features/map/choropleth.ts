/**
 * Classes of the district choropleth: five quantile classes of the districts' values (13 districts: two or
 * three per class), coloured with Paul Tol's sequential YlOrBr scheme (colour-blind safe, light = low).
 */
import type { DistrictFigures } from '@netzwerkatlas/shared'

export type DistrictMetric = 'density' | 'crossBorder'

const CLASS_COLOURS = ['#FFFBD5', '#FEE391', '#FB9A29', '#CC4C02', '#662506']
export const NO_VALUE_COLOUR = '#d9d9d9'

export function metricValue(district: DistrictFigures, metric: DistrictMetric): number | null {
  return metric === 'density' ? district.actorsPer100k : district.crossBorderShare
}

export interface ChoroplethClass {
  from: number
  to: number
  colour: string
}

export function classify(values: readonly number[]): ChoroplethClass[] {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return []
  const classes: ChoroplethClass[] = []
  for (let k = 0; k < CLASS_COLOURS.length; k++) {
    const from = sorted[Math.floor((k * sorted.length) / CLASS_COLOURS.length)]!
    const to =
      sorted[
        Math.min(
          sorted.length - 1,
          Math.floor(((k + 1) * sorted.length) / CLASS_COLOURS.length) - 1,
        )
      ]!
    if (classes.length > 0 && from <= classes[classes.length - 1]!.to) continue
    classes.push({ from, to: Math.max(from, to), colour: CLASS_COLOURS[k]! })
  }
  return classes
}

export function colourOf(value: number | null, classes: readonly ChoroplethClass[]): string {
  if (value === null) return NO_VALUE_COLOUR
  for (let k = classes.length - 1; k >= 0; k--)
    if (value >= classes[k]!.from) return classes[k]!.colour
  return classes[0]?.colour ?? NO_VALUE_COLOUR
}
