-- 0007: a coordinator merges a pending entry into an existing actor. The merged entry stays (archived, with its
-- history) and points at the actor it was merged into, so its submitter can follow it and the target's history
-- can list what was merged into it.
ALTER TABLE actors ADD COLUMN merged_into text REFERENCES actors (id) CHECK (merged_into <> id);
CREATE INDEX actors_merged_into_idx ON actors (merged_into) WHERE merged_into IS NOT NULL;
