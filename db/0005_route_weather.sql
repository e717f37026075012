-- The route and weather stages' tables. Each row is for one schedule and records the schedule
-- version it was computed for, so a stale message is recognised and a revision replaces it.

CREATE TABLE route_plans (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id              uuid NOT NULL,
    schedule_id          uuid NOT NULL,
    schedule_version     integer NOT NULL,
    -- Bumped when the plan is recomputed for the same version (new traffic, new weather).
    revision             integer NOT NULL DEFAULT 1,
    wake_up_time         timestamptz NOT NULL,
    departure_time       timestamptz NOT NULL,
    arrival_time         timestamptz NOT NULL,
    total_travel_minutes integer NOT NULL,
    route_segments       jsonb NOT NULL,
    buffers              jsonb NOT NULL,
    traffic_info         jsonb,
    provider             varchar(50) NOT NULL,
    timezone             varchar(50) NOT NULL,
    warnings             jsonb NOT NULL DEFAULT '[]',
    confidence_score     numeric(3,2),
    calculated_at        timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_route_plans_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_route_plans_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_route_plans_schedule_id UNIQUE (schedule_id),
    CONSTRAINT ck_route_plans_time_order CHECK (
        wake_up_time <= departure_time AND departure_time <= arrival_time),
    CONSTRAINT ck_route_plans_travel CHECK (total_travel_minutes >= 0),
    CONSTRAINT ck_route_plans_confidence CHECK (confidence_score BETWEEN 0 AND 1),
    CONSTRAINT ck_route_plans_versions CHECK (schedule_version >= 1 AND revision >= 1),
    CONSTRAINT ck_route_plans_segments_array CHECK (jsonb_typeof(route_segments) = 'array'),
    CONSTRAINT ck_route_plans_buffers_object CHECK (jsonb_typeof(buffers) = 'object'),
    CONSTRAINT ck_route_plans_timezone CHECK (is_valid_timezone(timezone))
);
CREATE INDEX idx_route_plans_user_id ON route_plans (user_id);
CREATE INDEX idx_route_plans_schedule_id ON route_plans (schedule_id);
CREATE INDEX idx_route_plans_departure_time ON route_plans (departure_time);
CREATE TRIGGER trg_route_plans_updated_at BEFORE UPDATE ON route_plans
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_route_plans_event AFTER INSERT OR UPDATE ON route_plans
    FOR EACH ROW EXECUTE FUNCTION emit_on_revision('route_planned');

CREATE TABLE weather_data (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id             uuid NOT NULL,
    schedule_id         uuid NOT NULL,
    schedule_version    integer NOT NULL,
    -- Bumped when a refresh changes something that matters, so the user is told again.
    revision            integer NOT NULL DEFAULT 1,
    -- forecast: we have one; unavailable: beyond the horizon or no provider; failed: error.
    status              varchar(20) NOT NULL DEFAULT 'forecast',
    provider            varchar(50) NOT NULL,
    forecast_date       date NOT NULL,
    location            text NOT NULL,
    coordinates         point,
    temperature         numeric(5,2),
    description         text,
    wind_speed          numeric(5,2),
    wind_direction      integer,
    precipitation       numeric(5,2),
    humidity            integer,
    visibility          numeric(7,2),
    uv_index            integer,
    air_pressure        numeric(7,2),
    weather_code        integer,
    warnings            jsonb NOT NULL DEFAULT '[]',
    shooting_assessment jsonb,
    forecast_data       jsonb,
    error               text,
    fetched_at          timestamptz NOT NULL DEFAULT now(),
    expires_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT fk_weather_data_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_weather_data_schedule_id FOREIGN KEY (schedule_id)
        REFERENCES schedule_data (id) ON DELETE CASCADE,
    CONSTRAINT uq_weather_data_schedule_id UNIQUE (schedule_id),
    CONSTRAINT ck_weather_data_status CHECK (status IN ('forecast', 'unavailable', 'failed')),
    CONSTRAINT ck_weather_data_forecast_has_coordinates CHECK (
        status <> 'forecast' OR coordinates IS NOT NULL),
    CONSTRAINT ck_weather_data_failed_has_error CHECK (status <> 'failed' OR error IS NOT NULL),
    CONSTRAINT ck_weather_data_humidity CHECK (humidity BETWEEN 0 AND 100),
    CONSTRAINT ck_weather_data_wind_direction CHECK (wind_direction BETWEEN 0 AND 360),
    CONSTRAINT ck_weather_data_wind_speed CHECK (wind_speed >= 0),
    CONSTRAINT ck_weather_data_precipitation CHECK (precipitation >= 0),
    CONSTRAINT ck_weather_data_versions CHECK (schedule_version >= 1 AND revision >= 1),
    CONSTRAINT ck_weather_data_warnings_array CHECK (jsonb_typeof(warnings) = 'array')
);
CREATE INDEX idx_weather_data_user_id ON weather_data (user_id);
CREATE INDEX idx_weather_data_schedule_id ON weather_data (schedule_id);
CREATE INDEX idx_weather_data_date ON weather_data (forecast_date);
CREATE INDEX idx_weather_data_location ON weather_data (location);
CREATE INDEX idx_weather_data_coordinates ON weather_data USING gist (coordinates);
CREATE TRIGGER trg_weather_data_updated_at BEFORE UPDATE ON weather_data
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER trg_weather_data_event AFTER INSERT OR UPDATE ON weather_data
    FOR EACH ROW EXECUTE FUNCTION emit_on_revision('weather_assessed');
