-- Passkeys (anchor-behaviour.md §12 fullauth_passkeys) plus the flags WebAuthn L3 needs to verify
-- later assertions: backup eligibility (must not change) and whether UV was done at registration.

CREATE TABLE fullauth_passkeys (
    id              UUID                     NOT NULL PRIMARY KEY,
    user_id         UUID                     NOT NULL,
    credential_id   VARCHAR(512)             NOT NULL,
    public_key      TEXT                     NOT NULL,
    sign_count      BIGINT                   NOT NULL DEFAULT 0,
    device_name     VARCHAR(200)             NOT NULL DEFAULT '',
    transports      VARCHAR(200)             NOT NULL DEFAULT '',
    backed_up       BOOLEAN                  NOT NULL DEFAULT FALSE,
    backup_eligible BOOLEAN                  NOT NULL DEFAULT FALSE,
    uv_initialized  BOOLEAN                  NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_fullauth_passkeys_credential UNIQUE (credential_id),
    CONSTRAINT fk_fullauth_passkeys_user FOREIGN KEY (user_id)
        REFERENCES fullauth_users (id) ON DELETE CASCADE
);
CREATE INDEX ix_fullauth_passkeys_user ON fullauth_passkeys (user_id);
