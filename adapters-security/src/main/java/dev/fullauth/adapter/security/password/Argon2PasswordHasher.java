package dev.fullauth.adapter.security.password;

import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes new passwords with Argon2id (or bcrypt when configured) and verifies any PHC Argon2 hash
 * and any bcrypt {@code $2a$}/{@code $2b$}/{@code $2y$} hash, so that accounts imported from the
 * anchor keep their passwords (CONTRACT.md item 8, anchor §5.9). Pure Java (BouncyCastle).
 */
public final class Argon2PasswordHasher implements PasswordHasher {
  /** The algorithm new hashes use. */
  public enum Algorithm {
    ARGON2ID,
    BCRYPT
  }

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final int BCRYPT_MAX_BYTES = 72;
  private static final String DUMMY_PASSWORD = "fullauth-timing-defense";

  private final Algorithm algorithm;
  private final Argon2Settings settings;
  private final int bcryptCost;
  private final SecureRandom random = new SecureRandom();
  private volatile PasswordHash dummyHash;

  /**
   * @param algorithm what new hashes use
   * @param settings Argon2id parameters
   * @param bcryptCost bcrypt's log2 rounds, 4 to 31
   */
  public Argon2PasswordHasher(Algorithm algorithm, Argon2Settings settings, int bcryptCost) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (bcryptCost < 4 || bcryptCost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31");
    }
    this.bcryptCost = bcryptCost;
  }

  @Override
  public PasswordHash hash(PlainPassword password) {
    byte[] secret = password.value().getBytes(StandardCharsets.UTF_8);
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    if (algorithm == Algorithm.BCRYPT) {
      if (secret.length > BCRYPT_MAX_BYTES) {
        throw new PasswordPolicyViolationException(
            List.of(
                "bcrypt passwords must be at most 72 bytes when UTF-8 encoded. "
                    + "Use argon2id for longer passwords."));
      }
      return new PasswordHash(OpenBSDBCrypt.generate("2b", secret, salt, bcryptCost));
    }
    byte[] out =
        argon2(
            Argon2Parameters.ARGON2_id,
            Argon2Parameters.ARGON2_VERSION_13,
            settings.memoryKib(),
            settings.iterations(),
            settings.parallelism(),
            salt,
            secret,
            HASH_BYTES);
    return new PasswordHash(
        new PhcArgon2Hash(
                Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13,
                settings.memoryKib(),
                settings.iterations(),
                settings.parallelism(),
                salt,
                out)
            .encode());
  }

  @Override
  public boolean verify(PlainPassword password, PasswordHash hash) {
    String encoded = hash.encoded();
    byte[] secret = password.value().getBytes(StandardCharsets.UTF_8);
    if (isBcrypt(encoded)) {
      if (secret.length > BCRYPT_MAX_BYTES) {
        return false;
      }
      try {
        return OpenBSDBCrypt.checkPassword(encoded, secret);
      } catch (RuntimeException malformed) {
        return false;
      }
    }
    return PhcArgon2Hash.parse(encoded)
        .map(
            phc ->
                MessageDigest.isEqual(
                    phc.hash(),
                    argon2(
                        phc.type(),
                        phc.version(),
                        phc.memoryKib(),
                        phc.iterations(),
                        phc.parallelism(),
                        phc.salt(),
                        secret,
                        phc.hash().length)))
        .orElse(false);
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    String encoded = hash.encoded();
    if (isBcrypt(encoded)) {
      return algorithm == Algorithm.ARGON2ID;
    }
    if (algorithm == Algorithm.BCRYPT) {
      // The anchor never migrates Argon2 hashes to bcrypt (§5.9).
      return false;
    }
    return PhcArgon2Hash.parse(encoded).map(phc -> !phc.matches(settings)).orElse(false);
  }

  @Override
  public void verifyDummy(PlainPassword password) {
    verify(password, dummyHash());
  }

  /**
   * The login pads a failed verification of a hash for which this is false with {@link
   * #verifyDummy}, so that no failure costs less than an unknown address: an imported bcrypt or a
   * cheaper Argon2 hash would otherwise answer measurably faster (or slower) and tell which
   * addresses have accounts.
   */
  @Override
  public boolean costsLikeDummy(PasswordHash hash) {
    String encoded = hash.encoded();
    if (algorithm == Algorithm.BCRYPT) {
      return isBcrypt(encoded) && bcryptCostOf(encoded) == bcryptCost;
    }
    return PhcArgon2Hash.parse(encoded).map(phc -> phc.costs(settings)).orElse(false);
  }

  /**
   * @return the fixed hash {@link #verifyDummy} verifies against, made with the configured
   *     algorithm and parameters on first use
   */
  PasswordHash dummyHash() {
    PasswordHash dummy = dummyHash;
    if (dummy == null) {
      dummy = hash(new PlainPassword(DUMMY_PASSWORD));
      dummyHash = dummy;
    }
    return dummy;
  }

  /** The two-digit log2 rounds of a {@code $2x$NN$...} hash, or -1 when it is not readable. */
  private static int bcryptCostOf(String encoded) {
    try {
      return Integer.parseInt(encoded.substring(4, 6));
    } catch (RuntimeException malformed) {
      return -1;
    }
  }

  private static boolean isBcrypt(String encoded) {
    return encoded.startsWith("$2a$") || encoded.startsWith("$2b$") || encoded.startsWith("$2y$");
  }

  private static byte[] argon2(
      int type,
      int version,
      int memoryKib,
      int iterations,
      int parallelism,
      byte[] salt,
      byte[] secret,
      int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(type)
            .withVersion(version)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    generator.generateBytes(secret, out);
    return out;
  }
}
