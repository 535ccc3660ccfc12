-- 0003: accounts, server-side sessions, one-time account tokens, actor ownership and the audit log.
-- Roles are few and fixed (they decide who may write), so unlike vocabularies they are CHECKed here.

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lower-cased: one account per address however it is typed.
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  display_name text CHECK (length(display_name) <= 120),
  -- argon2id (PHC string); null until the owner sets a password through a setup link.
  password_hash text,
  role text NOT NULL CHECK (role IN ('actor', 'coordinator', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

-- Which actors a user with the actor role may edit. Coordinators and admins edit any.
CREATE TABLE actor_owners (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  actor_id text NOT NULL REFERENCES actors (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, actor_id)
);
CREATE INDEX actor_owners_actor_idx ON actor_owners (actor_id);

-- A session is known only by the SHA-256 of its cookie value: a leaked table opens no session.
-- `provider` names how it was opened ('password' now; an OIDC issuer later).
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  provider text NOT NULL DEFAULT 'password',
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  -- The absolute end (12 h after login); the idle end is last_seen_at + 30 min, checked on every use.
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- One-time links (setting the first password, later resets), stored hashed, expiring.
CREATE TABLE account_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('setup')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Decisions about people and records: role changes, account creation, moderation. Never updated or deleted.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  -- who acted when no user did (the admin CLI): 'cli', 'system'
  actor_label text NOT NULL,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id);

-- Writes through the API record archive and moderation steps as their own actions.
ALTER TABLE history DROP CONSTRAINT history_action_check;
ALTER TABLE history ADD CONSTRAINT history_action_check
  CHECK (action IN ('create', 'update', 'delete', 'restore', 'archive', 'accept', 'reject', 'merge'));
