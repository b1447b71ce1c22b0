-- When a refresh token stopped being live (rotated or revoked). A session none of whose tokens is
-- live is revoked, and the latest of these times bounds how long its access tokens may circulate:
-- the revocation list is rebuilt from it after a restart of the whole cluster.

ALTER TABLE fullauth_refresh_tokens ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_fullauth_refresh_tokens_revoked_at ON fullauth_refresh_tokens (revoked_at);
