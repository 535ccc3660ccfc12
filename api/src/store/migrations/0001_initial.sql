-- 0001: actors, relationships, datasets, history and the data version.
-- Vocabularies (types, topics, …) are validated by the zod schemas in shared/, not by CHECKs here, so a new
-- term needs no migration. Structure that must never break (ids, coordinates, time spans) is checked here.

CREATE TABLE data_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO data_version (singleton, version) VALUES (true, 0);

-- A source of records: the press-release seed, an import, the demo generator, later manual entry.
CREATE TABLE datasets (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text NOT NULL,
  synthetic boolean NOT NULL,
  licence text,
  attribution text,
  source_url text,
  note text,
  parameters jsonb NOT NULL DEFAULT '{}',
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE actors (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 120),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  kind text NOT NULL,
  type text NOT NULL,
  description text,
  topics text[] NOT NULL DEFAULT '{}',
  street text,
  house_number text,
  postcode text,
  city text,
  municipality_ags text CHECK (municipality_ags ~ '^14[0-9]{6}$'),
  district_ags text CHECK (district_ags ~ '^14[0-9]{3}$'),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  location_precision text,
  location_source text,
  location_licence text,
  location_attribution text,
  website text,
  contact_email text,
  contact_phone text,
  offers text[] NOT NULL DEFAULT '{}',
  offers_text text,
  needs text[] NOT NULL DEFAULT '{}',
  needs_text text,
  founded_year integer,
  status text NOT NULL DEFAULT 'published',
  stage text,
  start_date date,
  start_time time,
  end_date date,
  end_time time,
  dataset_id text NOT NULL REFERENCES datasets (id),
  source text NOT NULL,
  source_url text,
  source_record_id text,
  licence text,
  attribution text,
  provenance_note text,
  synthetic boolean NOT NULL,
  last_verified date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  -- A point is all or nothing: both coordinates and how exact they are.
  CHECK ((lon IS NULL) = (lat IS NULL) AND (lon IS NULL) = (location_precision IS NULL)),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX actors_district_idx ON actors (district_ags);
CREATE INDEX actors_municipality_idx ON actors (municipality_ags);
CREATE INDEX actors_dataset_idx ON actors (dataset_id);
CREATE UNIQUE INDEX actors_source_record_idx ON actors (dataset_id, source_record_id)
  WHERE source_record_id IS NOT NULL;

CREATE TABLE relationships (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 120),
  source_id text NOT NULL REFERENCES actors (id),
  target_id text NOT NULL REFERENCES actors (id),
  type text NOT NULL,
  directed boolean NOT NULL,
  description text,
  since date,
  until date,
  weight double precision NOT NULL DEFAULT 1 CHECK (weight > 0),
  confirmed_by text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'published',
  dataset_id text NOT NULL REFERENCES datasets (id),
  source text NOT NULL,
  source_url text,
  source_record_id text,
  licence text,
  attribution text,
  provenance_note text,
  synthetic boolean NOT NULL,
  last_verified date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (source_id <> target_id),
  CHECK (until IS NULL OR since IS NULL OR until >= since)
);
CREATE INDEX relationships_source_idx ON relationships (source_id);
CREATE INDEX relationships_target_idx ON relationships (target_id);
CREATE INDEX relationships_dataset_idx ON relationships (dataset_id);

-- Every change, written in the same transaction as the change: who, when, before and after.
CREATE TABLE history (
  id bigserial PRIMARY KEY,
  entity_type text NOT NULL CHECK (entity_type IN ('actor', 'relationship', 'dataset')),
  entity_id text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  data_version bigint NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX history_entity_idx ON history (entity_type, entity_id, id);
