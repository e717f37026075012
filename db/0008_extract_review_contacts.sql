-- The extract stage's own tables: results cached by PDF hash, review tasks, contacts.

-- What the extractor read from a PDF, by content hash and extractor version: the same sheet
-- sent to forty crew members is read once.
CREATE TABLE extract_cache (
    sha256            char(64) NOT NULL,
    extractor_version varchar(20) NOT NULL,
    result            jsonb NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, extractor_version),
    CONSTRAINT ck_extract_cache_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_extract_cache_result_object CHECK (jsonb_typeof(result) = 'object')
);

-- The last version a person or the threshold confirmed: confirming again after that is a
-- modification downstream must hear about.
ALTER TABLE schedule_data ADD COLUMN confirmed_version integer;
ALTER TABLE schedule_data ADD COLUMN document_type varchar(30) NOT NULL DEFAULT 'call_sheet';
ALTER TABLE schedule_data ADD CONSTRAINT ck_schedule_data_document_type
    CHECK (document_type IN ('call_sheet', 'shooting_schedule'));
ALTER TABLE schedule_data ADD CONSTRAINT ck_schedule_data_confirmed_version
    CHECK (confirmed_version BETWEEN 1 AND version);

-- A schedule a person must look at, naming the fields the extractor doubts.
CREATE TABLE review_tasks (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL,
    schedule_id      uuid NOT NULL,
    schedule_version integer NOT NULL,
    status           varchar(20) NOT NULL DEFAULT 'open',
    doubtful_fields  text[] NOT NULL DEFAULT '{}',
    reasons          jsonb NOT NULL DEFAULT '[]',
    draft            jsonb NOT NULL,
    corrected        jsonb,
    resolved_by      text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    CONSTRAINT fk_review_tasks_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_tasks_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_tasks_status CHECK (status IN ('open', 'resolved', 'superseded')),
    CONSTRAINT ck_review_tasks_resolution CHECK (
        (status = 'open') = (resolved_at IS NULL))
);
-- At most one open review per schedule.
CREATE UNIQUE INDEX idx_review_tasks_open ON review_tasks (schedule_id) WHERE status = 'open';
CREATE INDEX idx_review_tasks_user_id ON review_tasks (user_id);

-- Crew and cast contacts read from call sheets, per user and production, deduplicated.
CREATE TABLE contacts (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           uuid NOT NULL,
    production_key    text NOT NULL,
    name              text NOT NULL,
    name_key          text GENERATED ALWAYS AS
                          (lower(regexp_replace(btrim(name), '\s+', ' ', 'g'))) STORED,
    role              text,
    department        text,
    phone             varchar(20),
    email             varchar(255),
    last_schedule_id  uuid,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    deleted_at        timestamptz,
    CONSTRAINT fk_contacts_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_contacts_last_schedule_id FOREIGN KEY (last_schedule_id)
        REFERENCES schedule_data (id) ON DELETE SET NULL,
    CONSTRAINT uq_contacts_person UNIQUE (user_id, production_key, name_key),
    CONSTRAINT ck_contacts_phone_e164 CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    CONSTRAINT ck_contacts_email CHECK (email = lower(email) AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT ck_contacts_name CHECK (btrim(name) <> '')
);
CREATE INDEX idx_contacts_user_id ON contacts (user_id);
CREATE TRIGGER trg_contacts_updated_at BEFORE UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Trigram similarity in plain SQL (pg_trgm's measure: shared trigrams over all trigrams of
-- both words, each padded with two spaces in front and one behind), so fuzzy search works on
-- servers without the pg_trgm extension (the embedded one has none).
CREATE OR REPLACE FUNCTION trigrams(word text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(padded, i, 3)), '{}')
    FROM (SELECT '  ' || lower(w) || ' ' AS padded
          FROM regexp_split_to_table(coalesce($1, ''), '[^[:alnum:]]+') AS w
          WHERE w <> '') AS words,
         generate_series(1, greatest(length(padded) - 2, 0)) AS i
$$;

CREATE OR REPLACE FUNCTION trigram_similarity(a text, b text) RETURNS real
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH x AS (SELECT trigrams(a) AS ta, trigrams(b) AS tb)
    SELECT CASE WHEN cardinality(ta) + cardinality(tb) = 0 THEN 0
           ELSE (SELECT count(*) FROM unnest(ta) t WHERE t = ANY (tb))::real
                / (cardinality(ta) + cardinality(tb)
                   - (SELECT count(*) FROM unnest(ta) t WHERE t = ANY (tb)))
           END
    FROM x
$$;
