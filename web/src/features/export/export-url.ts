/** The API address of an export: the view's filters (URL form) plus the chosen shape, as the API schema wants. */
import { FiltersSchema, type ExportFormat, type Filters } from '@netzwerkatlas/shared'
import { z } from 'zod'
import { queryString } from '../../api/client.ts'

export interface ExportChoice {
  format: ExportFormat
  table: 'nodes' | 'edges'
  flavour: 'networkx' | 'graphology'
  variant: 'two-mode' | 'one-mode'
  /** CSV only: start with a UTF-8 byte order mark, for Excel. */
  bom: boolean
}

/** The filters as URL text, in schema order (`topic=housing&synthetic=false`). */
function filterParameters(filters: Filters): Record<string, string | undefined> {
  return z.encode(FiltersSchema, filters)
}

export function exportUrl(choice: ExportChoice, filters: Filters): string {
  const { format } = choice
  const shape = {
    table: format === 'csv' ? choice.table : undefined,
    bom: format === 'csv' && choice.bom ? 'true' : undefined,
    flavour: format === 'json' && choice.flavour !== 'networkx' ? choice.flavour : undefined,
    variant: format !== 'bundle' && choice.variant !== 'two-mode' ? choice.variant : undefined,
  }
  return `/api/export/${format}${queryString({ ...filterParameters(filters), ...shape })}`
}
