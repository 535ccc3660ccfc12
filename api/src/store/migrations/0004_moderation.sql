-- 0004: the duplicate check of the moderation queue: trigram similarity of names folded for German spelling
-- (ä/ae → a, ß → ss) and without legal forms ("e. V.", "e.V.", "gGmbH", …), so "Tafel Pirna e.V." and
-- "Tafel Pirna" match. pg_trgm is a trusted extension (PostgreSQL ≥ 13): a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION fold_actor_name(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
  btrim(regexp_replace(
    regexp_replace(
      replace(replace(replace(replace(
        translate(lower(name), 'äöüàáâéèêëíìîóòôúùû', 'aouaaaeeeeiiiooouuu'),
        'ß', 'ss'), 'ae', 'a'), 'oe', 'o'), 'ue', 'u'),
      '[^a-z0-9]+', ' ', 'g'),
    '(^| )(e v|ev|g?gmbh|mbh|ggug|gug|ug|haftungsbeschrankt|gbr|eg|ag|kg|kdor|stiftung burgerlichen rechts)( |$)',
    ' ', 'g'));

CREATE INDEX actors_folded_name_trgm_idx ON actors USING gin (fold_actor_name(name) gin_trgm_ops);
