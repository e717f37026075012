-- Core tables: users, their configuration, OAuth tokens, the audit log, and shared functions.

CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- A CHECK needs an immutable function; time zone names are stable enough for that.
CREATE OR REPLACE FUNCTION is_valid_timezone(tz text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    PERFORM now() AT TIME ZONE tz;
    RETURN true;
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN false;
END;
$$;

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           varchar(255) NOT NULL,
    name            varchar(255),
    -- Empty for a user who lives on the local inbox and an .ics calendar (brief: departures).
    google_id       varchar(255),
    email_verified  boolean NOT NULL DEFAULT false,
    last_login_at   timestamptz,
    login_count     integer NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    deleted_at      timestamptz,
    CONSTRAINT ck_users_email_format CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    CONSTRAINT ck_users_login_count CHECK (login_count >= 0)
);
CREATE UNIQUE INDEX idx_users_email ON users (lower(email));
CREATE UNIQUE INDEX idx_users_google_id ON users (google_id) WHERE google_id IS NOT NULL;
CREATE INDEX idx_users_deleted_at ON users (deleted_at);
CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE user_configs (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid NOT NULL,
    home_address            text NOT NULL,
    -- The spec's panavision_address: any equipment house the crew member picks gear up from.
    equipment_house_address text,
    buffer_car_change       integer NOT NULL DEFAULT 15,
    buffer_parking          integer NOT NULL DEFAULT 10,
    buffer_entry            integer NOT NULL DEFAULT 10,
    buffer_traffic          integer NOT NULL DEFAULT 20,
    buffer_morning_routine  integer NOT NULL DEFAULT 45,
    notification_email      boolean NOT NULL DEFAULT true,
    notification_sms        boolean NOT NULL DEFAULT false,
    notification_push       boolean NOT NULL DEFAULT true,
    sms_number              varchar(20),
    sms_verified            boolean NOT NULL DEFAULT false,
    push_token_verified     boolean NOT NULL DEFAULT false,
    timezone                varchar(50) NOT NULL DEFAULT 'UTC',
    language                varchar(10) NOT NULL DEFAULT 'en',
    -- At or above this extraction confidence a schedule is confirmed without a human.
    auto_confirm_threshold  numeric(3,2) NOT NULL DEFAULT 0.85,
    -- Local time of the evening-before summary.
    evening_summary_time    time NOT NULL DEFAULT '20:00',
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_user_configs_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_user_configs_user_id UNIQUE (user_id),
    CONSTRAINT ck_user_configs_buffer_times CHECK (
        buffer_car_change BETWEEN 5 AND 120
        AND buffer_parking BETWEEN 5 AND 120
        AND buffer_entry BETWEEN 5 AND 120
        AND buffer_traffic BETWEEN 5 AND 120
        AND buffer_morning_routine BETWEEN 5 AND 120
    ),
    CONSTRAINT ck_user_configs_sms_number_e164 CHECK (sms_number ~ '^\+[1-9][0-9]{6,14}$'),
    CONSTRAINT ck_user_configs_timezone CHECK (is_valid_timezone(timezone)),
    CONSTRAINT ck_user_configs_language CHECK (language IN ('en', 'pl')),
    CONSTRAINT ck_user_configs_auto_confirm_threshold CHECK (auto_confirm_threshold BETWEEN 0 AND 1)
);
CREATE INDEX idx_user_configs_user_id ON user_configs (user_id);
CREATE TRIGGER trg_user_configs_updated_at BEFORE UPDATE ON user_configs
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- One grant per user and provider; the token columns hold ciphertext made by the application
-- (Fernet), so the key never reaches the database.
CREATE TABLE oauth_tokens (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id                 uuid NOT NULL,
    provider                varchar(50) NOT NULL,
    scopes                  text[] NOT NULL DEFAULT '{}',
    access_token_encrypted  bytea,
    refresh_token_encrypted bytea,
    key_id                  varchar(64),
    token_expiry            timestamptz,
    status                  varchar(20) NOT NULL DEFAULT 'active',
    last_error              text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_oauth_tokens_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT uq_oauth_tokens_user_id_provider UNIQUE (user_id, provider),
    CONSTRAINT ck_oauth_tokens_provider CHECK (provider IN ('google')),
    CONSTRAINT ck_oauth_tokens_status CHECK (status IN ('active', 'expired', 'revoked', 'error'))
);
CREATE INDEX idx_oauth_tokens_user_id ON oauth_tokens (user_id);
CREATE TRIGGER trg_oauth_tokens_updated_at BEFORE UPDATE ON oauth_tokens
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Written by triggers only. ``actor`` is the stage or person, set per transaction with
-- SET LOCAL stillontime.actor = '...'.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name  text NOT NULL,
    row_id      uuid,
    user_id     uuid,
    action      varchar(10) NOT NULL,
    actor       text NOT NULL,
    old_values  jsonb,
    new_values  jsonb,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ck_audit_log_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX idx_audit_log_table_name_row_id ON audit_log (table_name, row_id);
CREATE INDEX idx_audit_log_user_id ON audit_log (user_id);
CREATE INDEX idx_audit_log_changed_at ON audit_log (changed_at);

CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    secret  text;
BEGIN
    -- Never copy a secret into the log, even as ciphertext.
    FOREACH secret IN ARRAY coalesce(TG_ARGV, '{}') LOOP
        IF old_row ? secret THEN old_row := jsonb_set(old_row, ARRAY[secret], '"[redacted]"'); END IF;
        IF new_row ? secret THEN new_row := jsonb_set(new_row, ARRAY[secret], '"[redacted]"'); END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (table_name, row_id, user_id, action, actor, old_values, new_values)
    VALUES (
        TG_TABLE_NAME,
        (coalesce(new_row, old_row) ->> 'id')::uuid,
        coalesce(new_row ->> 'user_id', old_row ->> 'user_id',
                 CASE WHEN TG_TABLE_NAME = 'users' THEN coalesce(new_row, old_row) ->> 'id' END)::uuid,
        TG_OP,
        coalesce(nullif(current_setting('stillontime.actor', true), ''), current_user),
        old_row,
        new_row
    );
    RETURN NULL;
END;
$$;

CREATE TRIGGER trg_users_audit AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER trg_user_configs_audit AFTER INSERT OR UPDATE OR DELETE ON user_configs
    FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER trg_oauth_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON oauth_tokens
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('access_token_encrypted', 'refresh_token_encrypted');
