/** SQL for the audit log: decisions about people and records (roles, accounts, moderation), append-only. */
import { sql } from 'kysely'
import type { Executor } from '../write-context.ts'

export interface AuditEntry {
  actorUserId: string | null
  actorLabel: string
  action: string
  subjectType: 'user' | 'actor' | 'relationship'
  subjectId: string
  detail?: Record<string, unknown>
}

export const auditLogRepository = {
  async append(db: Executor, entry: AuditEntry): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        actor_user_id: entry.actorUserId,
        actor_label: entry.actorLabel,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        detail: JSON.stringify(entry.detail ?? {}),
      })
      .execute()
  },

  findBySubject: (db: Executor, subjectType: AuditEntry['subjectType'], subjectId: string) =>
    db
      .selectFrom('audit_log')
      .select(['at', 'actor_label as actorLabel', 'action', 'detail'])
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('id')
      .execute(),
}

/** One page of the audit log for the admin view, newest first, with the people and records named. */
export async function auditLogPage(db: Executor, limit: number, before: number | undefined) {
  const { rows } = await sql<{
    id: string
    at: string
    by: string
    action: string
    subjectType: 'user' | 'actor' | 'relationship'
    subjectId: string
    subjectLabel: string | null
    detail: Record<string, unknown>
    mergedIntoLabel: string | null
  }>`
    SELECT l.id, to_json(l.at)#>>'{}' AS at, coalesce(deciding.email, l.actor_label) AS by, l.action,
      l.subject_type AS "subjectType", l.subject_id AS "subjectId",
      CASE l.subject_type WHEN 'user' THEN subject_user.email WHEN 'actor' THEN subject_actor.name END
        AS "subjectLabel",
      l.detail, merged_into.name AS "mergedIntoLabel"
    FROM audit_log l
    LEFT JOIN users deciding ON deciding.id = l.actor_user_id
    LEFT JOIN users subject_user ON l.subject_type = 'user' AND subject_user.id::text = l.subject_id
    LEFT JOIN actors subject_actor ON l.subject_type = 'actor' AND subject_actor.id = l.subject_id
    LEFT JOIN actors merged_into ON l.action = 'merge' AND merged_into.id = l.detail->>'into'
    WHERE ${before === undefined ? sql`true` : sql`l.id < ${before}`}
    ORDER BY l.id DESC
    LIMIT ${limit + 1}`.execute(db)
  const entries = rows.slice(0, limit).map((row) => ({ ...row, id: Number(row.id) }))
  return { entries, nextBefore: rows.length > limit ? entries.at(-1)!.id : null }
}
