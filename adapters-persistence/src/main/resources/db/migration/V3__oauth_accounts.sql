-- Links between local accounts and identities at OAuth providers (anchor-behaviour.md §12). The
-- provider tokens are stored sealed (AES-GCM, see SecretCipher), never in plain text.

CREATE TABLE fullauth_oauth_accounts (
    id               UUID                     NOT NULL PRIMARY KEY,
    provider         VARCHAR(50)              NOT NULL,
    provider_user_id VARCHAR(320)             NOT NULL,
    user_id          UUID                     NOT NULL,
    provider_email   VARCHAR(320),
    access_token     TEXT,
    refresh_token    TEXT,
    expires_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_fullauth_oauth_accounts_identity UNIQUE (provider, provider_user_id),
    CONSTRAINT fk_fullauth_oauth_accounts_user FOREIGN KEY (user_id)
        REFERENCES fullauth_users (id) ON DELETE CASCADE
);
CREATE INDEX ix_fullauth_oauth_accounts_user ON fullauth_oauth_accounts (user_id);
