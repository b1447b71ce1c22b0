-- FullAuth core schema. Portable between PostgreSQL 15 and H2 2.x: the anchor's table and column
-- names (anchor-behaviour.md §12) so that data can be migrated, plus the signing keys.

CREATE TABLE fullauth_users (
    id              UUID                     NOT NULL PRIMARY KEY,
    email           VARCHAR(320)             NOT NULL,
    hashed_password VARCHAR(512),
    is_active       BOOLEAN                  NOT NULL DEFAULT TRUE,
    is_verified     BOOLEAN                  NOT NULL DEFAULT FALSE,
    is_superuser    BOOLEAN                  NOT NULL DEFAULT FALSE,
    display_name    VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_fullauth_users_email UNIQUE (email)
);

CREATE TABLE fullauth_refresh_tokens (
    id         UUID                     NOT NULL PRIMARY KEY,
    token      VARCHAR(512)             NOT NULL,
    user_id    UUID                     NOT NULL,
    family_id  VARCHAR(36)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked    BOOLEAN                  NOT NULL DEFAULT FALSE,
    user_agent VARCHAR(512),
    ip_address VARCHAR(45),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_fullauth_refresh_tokens_token UNIQUE (token),
    CONSTRAINT fk_fullauth_refresh_tokens_user FOREIGN KEY (user_id)
        REFERENCES fullauth_users (id) ON DELETE CASCADE
);
CREATE INDEX ix_fullauth_refresh_tokens_family ON fullauth_refresh_tokens (family_id);
CREATE INDEX ix_fullauth_refresh_tokens_user ON fullauth_refresh_tokens (user_id);

CREATE TABLE fullauth_roles (
    id   UUID         NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_fullauth_roles_name UNIQUE (name)
);

CREATE TABLE fullauth_user_roles (
    user_id UUID NOT NULL,
    role_id UUID NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_fullauth_user_roles_user FOREIGN KEY (user_id)
        REFERENCES fullauth_users (id) ON DELETE CASCADE,
    CONSTRAINT fk_fullauth_user_roles_role FOREIGN KEY (role_id)
        REFERENCES fullauth_roles (id) ON DELETE CASCADE
);

CREATE TABLE fullauth_permissions (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT uq_fullauth_permissions_name UNIQUE (name)
);

CREATE TABLE fullauth_role_permissions (
    role_id       UUID NOT NULL,
    permission_id UUID NOT NULL,
    PRIMARY KEY (role_id, permission_id),
    CONSTRAINT fk_fullauth_role_permissions_role FOREIGN KEY (role_id)
        REFERENCES fullauth_roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_fullauth_role_permissions_permission FOREIGN KEY (permission_id)
        REFERENCES fullauth_permissions (id) ON DELETE CASCADE
);

CREATE TABLE fullauth_signing_keys (
    kid         VARCHAR(64)              NOT NULL PRIMARY KEY,
    algorithm   VARCHAR(16)              NOT NULL,
    private_jwk VARCHAR(8192)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
