/**
 * A record's history as people read it: newest first, each change field by field, and who made it. Coordinators
 * see every author's email; an owner sees its own email and, for others, only their role (ADR 0014).
 */
import {
  historyActions,
  type FieldChange,
  type HistoryEntry,
  type Role,
} from '@netzwerkatlas/shared'
import { isModerator, type Writer } from './write-permissions.ts'

/** Bookkeeping every version changes; not a change anyone made. */
const UNCOMPARED_FIELDS = new Set(['createdAt', 'updatedAt', 'version'])

interface StoredChange<Record> {
  action: string
  changedBy: string
  changedAt: string
  before: Record | null
  after: Record | null
  mergedInto: { id: string; name: string } | null
  mergedFrom: { id: string; name: string } | null
}

const USER_PREFIX = 'user:'

/** The user ids `changed_by` names (`user:<id>`); imports and the CLI name themselves otherwise. */
export const userIdsOf = (changes: readonly { changedBy: string }[]): string[] => [
  ...new Set(
    changes
      .map((change) => change.changedBy)
      .filter((by) => by.startsWith(USER_PREFIX))
      .map((by) => by.slice(USER_PREFIX.length))
      .filter((id) => /^[0-9a-f-]{36}$/.test(id)),
  ),
]

/** Field by field; against nothing (a create) every field with a value is a change. */
function fieldChanges<Record extends object>(
  before: Record | null,
  after: Record | null,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (UNCOMPARED_FIELDS.has(field)) continue
    const was: unknown = before ? (before as { [key: string]: unknown })[field] : null
    const is: unknown = after ? (after as { [key: string]: unknown })[field] : null
    if (before === null && (is == null || (Array.isArray(is) && is.length === 0))) continue
    if (JSON.stringify(was) !== JSON.stringify(is))
      changes.push({ field, before: was ?? null, after: is ?? null })
  }
  return changes
}

const isHistoryAction = (action: string): action is HistoryEntry['action'] =>
  (historyActions as readonly string[]).includes(action)

export function historyEntries<Record extends { version: number }>(
  changes: readonly StoredChange<Record>[],
  users: ReadonlyMap<string, { email: string; role: Role }>,
  viewer: Writer,
): HistoryEntry[] {
  return changes
    .map((change): HistoryEntry => {
      const userId = change.changedBy.startsWith(USER_PREFIX)
        ? change.changedBy.slice(USER_PREFIX.length)
        : undefined
      const user = userId === undefined ? undefined : users.get(userId)
      const isSelf = userId === viewer.id
      return {
        version: change.after?.version ?? change.before?.version ?? 1,
        action: isHistoryAction(change.action) ? change.action : 'update',
        changedAt: change.changedAt,
        changedBy: {
          email: user && (isSelf || isModerator(viewer)) ? user.email : null,
          role: user?.role ?? null,
          isSelf,
          system: userId === undefined ? change.changedBy : null,
          accountDeleted: userId !== undefined && user === undefined,
        },
        changes: fieldChanges(change.before, change.after),
        mergedInto: change.mergedInto,
        mergedFrom: change.mergedFrom,
      }
    })
    .reverse()
}
