-- Indexes for the retention worker: it deletes refresh tokens by expiry and finished outbox mails
-- by creation time, in small batches, so each batch must find its rows without a table scan.

CREATE INDEX ix_fullauth_refresh_tokens_expires ON fullauth_refresh_tokens (expires_at);
CREATE INDEX ix_fullauth_mail_outbox_created ON fullauth_mail_outbox (created_at);
