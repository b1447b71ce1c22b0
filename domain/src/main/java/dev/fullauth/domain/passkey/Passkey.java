package dev.fullauth.domain.passkey;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered WebAuthn credential (anchor §12 {@code fullauth_passkeys}).
 *
 * @param id row id (UUIDv7)
 * @param userId the owner
 * @param credentialId the credential id, base64url without padding
 * @param publicKey the credential's COSE public key, base64url without padding
 * @param signCount the last accepted signature counter
 * @param deviceName the user's label, may be empty
 * @param transports the transports the browser reported at registration, in its order (its
 *     preference), each once: a repeated entry is dropped, the first occurrence kept
 * @param backupEligible whether the authenticator said the credential may be synced (BE flag)
 * @param backedUp whether it is currently synced (BS flag)
 * @param userVerified whether user verification was performed at registration
 * @param createdAt registration time
 * @param lastUsedAt last successful login, or null
 */
public record Passkey(
    UUID id,
    UserId userId,
    String credentialId,
    String publicKey,
    long signCount,
    String deviceName,
    List<String> transports,
    boolean backupEligible,
    boolean backedUp,
    boolean userVerified,
    Instant createdAt,
    Instant lastUsedAt) {
  /** Longest device name stored (anchor §12). */
  public static final int DEVICE_NAME_MAX = 200;

  public Passkey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(deviceName, "deviceName");
    Objects.requireNonNull(createdAt, "createdAt");
    transports = List.copyOf(new LinkedHashSet<>(transports));
    if (deviceName.length() > DEVICE_NAME_MAX) {
      throw new IllegalArgumentException("device name longer than " + DEVICE_NAME_MAX);
    }
  }

  /**
   * The clone-detection rule of WebAuthn L3 §6.1.1 as the anchor applies it (§7.7): a counter must
   * grow, except that authenticators without counters (synced passkeys) report 0 forever.
   *
   * @param presented the counter in the new assertion
   * @return whether an assertion with this counter may log in
   */
  public boolean acceptsSignCount(long presented) {
    return presented > signCount || (presented == 0 && signCount == 0);
  }
}
