/** Table types of migration 0003 (accounts, sessions, tokens, ownership, audit log), for kysely. */
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<string, string | undefined, string>

export type Role = 'actor' | 'coordinator' | 'admin'

interface UsersTable {
  id: Generated<string>
  email: string
  display_name: string | null
  password_hash: string | null
  role: Role
  created_at: Timestamp
  updated_at: Timestamp
  disabled_at: string | null
}

interface ActorOwnersTable {
  user_id: string
  actor_id: string
  created_at: Timestamp
}

interface SessionsTable {
  token_hash: string
  user_id: string
  provider: string
  csrf_token: string
  created_at: Timestamp
  last_seen_at: Timestamp
  expires_at: string
}

interface AccountTokensTable {
  token_hash: string
  user_id: string
  purpose: 'setup'
  created_at: Timestamp
  expires_at: string
  used_at: string | null
}

interface AuditLogTable {
  id: Generated<string>
  at: Timestamp
  actor_user_id: string | null
  actor_label: string
  action: string
  subject_type: string
  subject_id: string
  detail: ColumnType<unknown, string | undefined, string>
}

/** Migration 0008 (ADR 0027): who agreed to publishing an actor's contact data, and until when. */
interface ContactConsentsTable {
  id: Generated<string>
  actor_id: string
  user_id: string
  text_version: string
  given_at: Timestamp
  withdrawn_at: string | null
  withdrawn_by: string | null
  end_reason: 'withdrawn' | 'contact_changed' | 'account_deleted' | null
}

export interface AccountTables {
  users: UsersTable
  actor_owners: ActorOwnersTable
  sessions: SessionsTable
  account_tokens: AccountTokensTable
  audit_log: AuditLogTable
  contact_consents: ContactConsentsTable
}
