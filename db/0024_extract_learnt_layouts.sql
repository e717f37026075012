-- What a person's correction or confirmation taught about a production's sheet layout
-- (issue 17, item 3; pipeline/extract/layouts): per user, sender and production, one rule per
-- field and layout, so the next sheet in that layout is read with it. Safe to run twice.

CREATE TABLE IF NOT EXISTS learnt_layouts (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            uuid NOT NULL,
    -- The sending address, lower case (one production's sheets come from its office).
    sender_key         varchar(320) NOT NULL,
    production         text,
    -- Normalised as schedule_data.production_key, so the two always agree.
    production_key     text GENERATED ALWAYS AS
                           (lower(regexp_replace(btrim(coalesce(production, '')), '\s+', ' ', 'g')))
                           STORED,
    field              varchar(30) NOT NULL,
    -- The teaching page's label-like cells and size (layouts/fingerprint.py), and its name.
    fingerprint        text[] NOT NULL,
    fingerprint_digest char(16) NOT NULL,
    -- layouts.rules.Rule as JSON: the label, its box, the value's box, lines, relation.
    rule               jsonb NOT NULL,
    label              text NOT NULL,
    taught_by          varchar(20) NOT NULL,
    schedule_id        uuid,
    uses               integer NOT NULL DEFAULT 0,
    last_used_at       timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_learnt_layouts_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_learnt_layouts_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE SET NULL,
    CONSTRAINT uq_learnt_layouts_rule
        UNIQUE (user_id, sender_key, production_key, field, fingerprint_digest),
    CONSTRAINT ck_learnt_layouts_field
        CHECK (field IN ('call_time', 'shooting_date', 'location')),
    CONSTRAINT ck_learnt_layouts_sender CHECK (sender_key = lower(btrim(sender_key))
                                               AND sender_key <> ''),
    CONSTRAINT ck_learnt_layouts_fingerprint CHECK (cardinality(fingerprint) > 0),
    CONSTRAINT ck_learnt_layouts_digest CHECK (fingerprint_digest ~ '^[0-9a-f]{16}$'),
    CONSTRAINT ck_learnt_layouts_rule CHECK (
        jsonb_typeof(rule) = 'object' AND rule->>'field' = field AND rule ? 'anchor'
        AND rule ? 'value'),
    CONSTRAINT ck_learnt_layouts_label CHECK (btrim(label) <> ''),
    CONSTRAINT ck_learnt_layouts_taught_by CHECK (taught_by IN ('correction', 'confirmation')),
    CONSTRAINT ck_learnt_layouts_uses CHECK (uses >= 0)
);
CREATE INDEX IF NOT EXISTS idx_learnt_layouts_key
    ON learnt_layouts (user_id, sender_key, production_key);
DROP TRIGGER IF EXISTS trg_learnt_layouts_updated_at ON learnt_layouts;
CREATE TRIGGER trg_learnt_layouts_updated_at BEFORE UPDATE ON learnt_layouts
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
DROP TRIGGER IF EXISTS trg_learnt_layouts_audit ON learnt_layouts;
CREATE TRIGGER trg_learnt_layouts_audit AFTER INSERT OR UPDATE OR DELETE ON learnt_layouts
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Which fields of a schedule's version were read with a learnt layout:
-- {"location": {"layout_id": "...", "label": "FIELD LOCATION"}}; `schedules show` says so.
ALTER TABLE schedule_data ADD COLUMN IF NOT EXISTS learnt_fields jsonb NOT NULL DEFAULT '{}';
DO $$
BEGIN
    ALTER TABLE schedule_data ADD CONSTRAINT ck_schedule_data_learnt_fields_object
        CHECK (jsonb_typeof(learnt_fields) = 'object');
EXCEPTION WHEN duplicate_object THEN NULL;
END;
$$;

-- Working for a user, the services see and write only that user's rules (db/0012).
SELECT apply_user_isolation();
