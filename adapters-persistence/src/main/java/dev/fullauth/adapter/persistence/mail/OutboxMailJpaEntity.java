package dev.fullauth.adapter.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code fullauth_mail_outbox}. */
@Entity
@Table(name = "fullauth_mail_outbox")
class OutboxMailJpaEntity {
  @Id UUID id;

  @Column(nullable = false, length = 320)
  String recipient;

  @Column(nullable = false, length = 32)
  String template;

  @Column(nullable = false, length = 35)
  String locale;

  @Column(nullable = false, length = 16)
  String status;

  @Column(nullable = false)
  int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  String lastError;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "delivered_at")
  Instant deliveredAt;

  @Override
  public String toString() {
    return "OutboxMailJpaEntity[id=" + id + ", status=" + status + "]";
  }
}
