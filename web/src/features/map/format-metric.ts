/** A district figure in words: actors per 100,000 with one decimal, a share as a percentage. */
import type { DistrictMetric } from './choropleth.ts'

export function formatMetric(
  value: number | null,
  metric: DistrictMetric,
  language: string,
): string {
  if (value === null) return '–'
  const locale = language === 'en' ? 'en-GB' : 'de-DE'
  return metric === 'density'
    ? new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        value,
      )
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value)
}
