-- 0006: restoring an earlier version ("revert") is a change of its own in the history, beside the un-archiving
-- "restore"; the history of one record is read newest first.
ALTER TABLE history DROP CONSTRAINT history_action_check;
ALTER TABLE history ADD CONSTRAINT history_action_check
  CHECK (action IN ('create', 'update', 'delete', 'restore', 'archive', 'accept', 'reject', 'merge', 'revert'));
