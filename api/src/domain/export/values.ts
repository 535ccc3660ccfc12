/** How an attribute value is spelt as text, the same in every format that has no native type for it. */
import { LIST_SEPARATOR, type AttributeValue } from './attributes.ts'

/** Null stays null (a format leaves the value out); lists are joined with `;`. */
export function valueText(value: AttributeValue): string | null {
  if (value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value.join(LIST_SEPARATOR)
}

/**
 * JSON value: lists stay arrays, numbers and booleans stay typed. Null, numbers and booleans are spelt
 * directly (JSON.stringify's output for them, without its call): most cells of a GeoJSON or node-link file are
 * those. NaN and ±Infinity become null, as JSON.stringify spells them.
 */
export function valueJson(value: AttributeValue): string {
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return JSON.stringify(value)
}
