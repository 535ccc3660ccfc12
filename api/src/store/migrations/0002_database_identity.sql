-- A random id made once, when this database is initialised: response tags carry it with the data version,
-- so two databases that happen to be at the same version never answer 304 to each other's tags.
CREATE TABLE database_identity (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  id uuid NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO database_identity DEFAULT VALUES;
