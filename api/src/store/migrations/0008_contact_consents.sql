-- 0008: consent records for contact data written through the write API (ADR 0027). A row proves who agreed to
-- which consent text and when; while `withdrawn_at` is null it covers the actor's stored contact. At most one live
-- consent per actor: a new contact with a new consent ends the previous one. `user_id` has no foreign key on
-- purpose: after an account's deletion it stays as the same pseudonym the history keeps, with the times as proof
-- that the data was published with consent and removed.
CREATE TABLE contact_consents (
  id bigserial PRIMARY KEY,
  actor_id text NOT NULL REFERENCES actors (id),
  user_id uuid NOT NULL,
  text_version text NOT NULL CHECK (length(text_version) BETWEEN 1 AND 20),
  given_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  -- Who ended it (`user:<uuid>`) and why: the person or a coordinator withdrew it, the contact was changed or
  -- removed by a later write, or the consenting account was deleted.
  withdrawn_by text,
  end_reason text CHECK (end_reason IN ('withdrawn', 'contact_changed', 'account_deleted')),
  CHECK ((withdrawn_at IS NULL) = (end_reason IS NULL))
);
CREATE UNIQUE INDEX contact_consents_live_idx ON contact_consents (actor_id) WHERE withdrawn_at IS NULL;
CREATE INDEX contact_consents_user_idx ON contact_consents (user_id);

-- A withdrawal is its own step in the record's history.
ALTER TABLE history DROP CONSTRAINT history_action_check;
ALTER TABLE history ADD CONSTRAINT history_action_check
  CHECK (action IN ('create', 'update', 'delete', 'restore', 'archive', 'accept', 'reject', 'merge', 'revert',
    'withdraw_consent'));
