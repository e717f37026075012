-- The extract stage's tables: schedules and every version of each.

CREATE TABLE schedule_data (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id               uuid NOT NULL,
    -- The email and document of the current version (several PDFs per email, and several
    -- emails per schedule over its revisions, so neither is unique here).
    email_id              uuid NOT NULL,
    document_id           uuid,
    production            text,
    -- Normalised title: with the user and the date, it names the shooting day across revisions.
    production_key        text GENERATED ALWAYS AS
                              (lower(regexp_replace(btrim(coalesce(production, '')), '\s+', ' ', 'g')))
                              STORED,
    shooting_day          integer,
    shooting_date         date NOT NULL,
    call_time             time NOT NULL,
    location              text,
    locations             jsonb NOT NULL DEFAULT '[]',
    base_location         text,
    hospital              jsonb,
    sunrise               time,
    sunset                time,
    scene_type            varchar(100),
    scenes                jsonb NOT NULL DEFAULT '[]',
    cast_calls            jsonb NOT NULL DEFAULT '[]',
    equipment             jsonb NOT NULL DEFAULT '[]',
    contacts              jsonb NOT NULL DEFAULT '[]',
    safety_notes          text,
    notes                 text,
    needs_equipment_pickup boolean NOT NULL DEFAULT false,
    status                varchar(50) NOT NULL DEFAULT 'extracted',
    confidence_score      numeric(3,2),
    field_confidence      jsonb NOT NULL DEFAULT '{}',
    warnings              jsonb NOT NULL DEFAULT '[]',
    version               integer NOT NULL DEFAULT 1,
    -- Set by the core when a stage's message for this schedule ended in the dead letters.
    last_error            text,
    last_error_stage      varchar(50),
    last_error_at         timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_schedule_data_user_id FOREIGN KEY (user_id)
        REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_data_email_id FOREIGN KEY (email_id)
        REFERENCES processed_emails (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_data_document_id FOREIGN KEY (document_id)
        REFERENCES documents (id) ON DELETE SET NULL,
    CONSTRAINT ck_schedule_data_status CHECK (status IN
        ('extracted', 'reviewing', 'confirmed', 'modified', 'cancelled')),
    CONSTRAINT ck_schedule_data_confidence CHECK (confidence_score BETWEEN 0 AND 1),
    CONSTRAINT ck_schedule_data_version CHECK (version >= 1),
    CONSTRAINT ck_schedule_data_shooting_day CHECK (shooting_day > 0),
    -- Nothing downstream can plan a day without a place to go.
    CONSTRAINT ck_schedule_data_confirmed_has_location CHECK (
        status NOT IN ('confirmed', 'modified') OR nullif(btrim(location), '') IS NOT NULL),
    CONSTRAINT ck_schedule_data_scenes_array CHECK (jsonb_typeof(scenes) = 'array'),
    CONSTRAINT ck_schedule_data_cast_calls_array CHECK (jsonb_typeof(cast_calls) = 'array'),
    CONSTRAINT ck_schedule_data_equipment_array CHECK (jsonb_typeof(equipment) = 'array'),
    CONSTRAINT ck_schedule_data_contacts_array CHECK (jsonb_typeof(contacts) = 'array'),
    CONSTRAINT ck_schedule_data_locations_array CHECK (jsonb_typeof(locations) = 'array'),
    CONSTRAINT ck_schedule_data_warnings_array CHECK (jsonb_typeof(warnings) = 'array'),
    CONSTRAINT ck_schedule_data_field_confidence_object
        CHECK (jsonb_typeof(field_confidence) = 'object')
);
-- One schedule per user, production and date: a second sheet for it is a new version.
CREATE UNIQUE INDEX idx_schedule_data_identity
    ON schedule_data (user_id, production_key, shooting_date);
CREATE INDEX idx_schedule_data_user_id ON schedule_data (user_id);
CREATE INDEX idx_schedule_data_email_id ON schedule_data (email_id);
CREATE INDEX idx_schedule_data_date ON schedule_data (shooting_date);
CREATE INDEX idx_schedule_data_status ON schedule_data (status);
CREATE INDEX idx_schedule_data_location ON schedule_data (location);
CREATE TRIGGER trg_schedule_data_updated_at BEFORE UPDATE ON schedule_data
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Optimistic locking: a version moves by one, and what the crew reads (date, call, places,
-- scenes...) never changes without a new version, so no change goes unannounced.
CREATE OR REPLACE FUNCTION guard_schedule_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
        RAISE EXCEPTION 'schedule % is at version %, not %', OLD.id, OLD.version, NEW.version - 1
            USING ERRCODE = 'serialization_failure',
                  HINT = 'another writer changed the schedule first; read it again';
    END IF;
    IF NEW.version = OLD.version AND (
        NEW.production, NEW.shooting_day, NEW.shooting_date, NEW.call_time, NEW.location,
        NEW.locations, NEW.base_location, NEW.hospital, NEW.sunrise, NEW.sunset, NEW.scene_type,
        NEW.scenes, NEW.cast_calls, NEW.equipment, NEW.contacts, NEW.safety_notes, NEW.notes,
        NEW.needs_equipment_pickup
    ) IS DISTINCT FROM (
        OLD.production, OLD.shooting_day, OLD.shooting_date, OLD.call_time, OLD.location,
        OLD.locations, OLD.base_location, OLD.hospital, OLD.sunrise, OLD.sunset, OLD.scene_type,
        OLD.scenes, OLD.cast_calls, OLD.equipment, OLD.contacts, OLD.safety_notes, OLD.notes,
        OLD.needs_equipment_pickup
    ) THEN
        RAISE EXCEPTION 'schedule % changed without a new version', OLD.id
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'ck_schedule_data_content_needs_version',
                  HINT = 'set version = version + 1 with the change';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER trg_schedule_data_version BEFORE UPDATE ON schedule_data
    FOR EACH ROW EXECUTE FUNCTION guard_schedule_version();

CREATE TRIGGER trg_schedule_data_transition
    AFTER INSERT OR UPDATE ON schedule_data
    FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('status', 'version', '');

CREATE TRIGGER trg_schedule_data_audit AFTER INSERT OR UPDATE OR DELETE ON schedule_data
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();

-- Every version of every schedule, kept by the database itself.
CREATE TABLE schedule_versions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    schedule_id uuid NOT NULL,
    user_id     uuid NOT NULL,
    version     integer NOT NULL,
    email_id    uuid,
    document_id uuid,
    snapshot    jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_schedule_versions_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_schedule_versions_schedule_id_version UNIQUE (schedule_id, version)
);
CREATE INDEX idx_schedule_versions_user_id ON schedule_versions (user_id);

CREATE OR REPLACE FUNCTION keep_schedule_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.version <> OLD.version THEN
        INSERT INTO schedule_versions (schedule_id, user_id, version, email_id, document_id, snapshot)
        VALUES (NEW.id, NEW.user_id, NEW.version, NEW.email_id, NEW.document_id,
                to_jsonb(NEW) - 'last_error' - 'last_error_stage' - 'last_error_at');
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER trg_schedule_data_keep_version AFTER INSERT OR UPDATE OF version ON schedule_data
    FOR EACH ROW EXECUTE FUNCTION keep_schedule_version();
