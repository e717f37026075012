-- Core account queries: users, their configuration and their OAuth grants.

-- name: users_insert
-- Create a user (email verified by whoever adds them).
INSERT INTO users (email, name) VALUES (%(email)s, %(name)s)
RETURNING id, email, created_at;

-- name: user_configs_insert
-- A user's configuration; buffers and channels take the spec's defaults.
INSERT INTO user_configs (user_id, home_address, equipment_house_address, timezone)
VALUES (%(user_id)s, %(home_address)s, %(equipment_house_address)s, %(timezone)s)
RETURNING id;

-- name: users_get_by_email
-- One live user by email (case-insensitive).
SELECT u.id, u.email, u.name, u.created_at
FROM users u WHERE lower(u.email) = lower(%(email)s) AND u.deleted_at IS NULL;

-- name: users_list
-- Every live user with their home, time zone and Google grant state.
SELECT u.id, u.email, c.home_address, c.equipment_house_address, c.timezone,
       t.status AS google_status, t.last_error AS google_error, t.token_expiry
FROM users u
LEFT JOIN user_configs c ON c.user_id = u.id
LEFT JOIN oauth_tokens t ON t.user_id = u.id AND t.provider = 'google'
WHERE u.deleted_at IS NULL
ORDER BY u.created_at;

-- name: oauth_tokens_upsert
-- Store a (new) grant for a user and provider; a re-authorised grant is active again.
INSERT INTO oauth_tokens (user_id, provider, scopes, access_token_encrypted,
                          refresh_token_encrypted, key_id, token_expiry, status, last_error)
VALUES (%(user_id)s, %(provider)s, %(scopes)s, %(access_token_encrypted)s,
        %(refresh_token_encrypted)s, %(key_id)s, %(token_expiry)s, 'active', NULL)
ON CONFLICT (user_id, provider) DO UPDATE
SET scopes = EXCLUDED.scopes, access_token_encrypted = EXCLUDED.access_token_encrypted,
    refresh_token_encrypted = EXCLUDED.refresh_token_encrypted, key_id = EXCLUDED.key_id,
    token_expiry = EXCLUDED.token_expiry, status = 'active', last_error = NULL;

-- name: oauth_tokens_get
-- A user's grant for a provider.
SELECT id, user_id, provider, scopes, access_token_encrypted, refresh_token_encrypted, key_id,
       token_expiry, status, last_error
FROM oauth_tokens WHERE user_id = %(user_id)s AND provider = %(provider)s;

-- name: oauth_tokens_update_access
-- Save a refreshed access token (and the grant, which Google may rotate).
UPDATE oauth_tokens
SET access_token_encrypted = %(access_token_encrypted)s,
    refresh_token_encrypted = %(refresh_token_encrypted)s, key_id = %(key_id)s,
    token_expiry = %(token_expiry)s, status = 'active', last_error = NULL
WHERE user_id = %(user_id)s AND provider = %(provider)s;

-- name: oauth_tokens_mark_failed
-- A grant that cannot be used: revoked or expired by Google, or an undecryptable secret.
UPDATE oauth_tokens SET status = %(status)s, last_error = %(last_error)s
WHERE user_id = %(user_id)s AND provider = %(provider)s;

-- name: oauth_tokens_list_for_rotation
-- Every grant, locked, for re-encryption under the current key.
SELECT id, access_token_encrypted, refresh_token_encrypted, key_id
FROM oauth_tokens ORDER BY id FOR UPDATE;

-- name: oauth_tokens_update_ciphertext
-- Store a grant re-encrypted under another key.
UPDATE oauth_tokens
SET access_token_encrypted = %(access_token_encrypted)s,
    refresh_token_encrypted = %(refresh_token_encrypted)s, key_id = %(key_id)s
WHERE id = %(id)s;
