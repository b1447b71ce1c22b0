-- The mail outbox: one row per requested mail, written with the change that asked for it and
-- delivered by the outbox worker. It holds no token: links are minted at delivery time.

CREATE TABLE fullauth_mail_outbox (
    id              UUID                     NOT NULL PRIMARY KEY,
    recipient       VARCHAR(320)             NOT NULL,
    template        VARCHAR(32)              NOT NULL,
    locale          VARCHAR(35)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_fullauth_mail_outbox_due ON fullauth_mail_outbox (status, next_attempt_at);
