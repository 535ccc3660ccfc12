/** SQL for the audit log: decisions about people and records (roles, accounts, moderation), append-only. */
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
