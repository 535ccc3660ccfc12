/** How an attribute value is spelt as text, the same in every format that has no native type for it. */
import { LIST_SEPARATOR, type AttributeValue } from './attributes.ts'

/** Null stays null (a format leaves the value out); lists are joined with `;`. */
export function valueText(value: AttributeValue): string | null {
  if (value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return value.join(LIST_SEPARATOR)
}

/** JSON value: lists stay arrays, numbers and booleans stay typed. */
export function valueJson(value: AttributeValue): string {
  return JSON.stringify(value)
}
