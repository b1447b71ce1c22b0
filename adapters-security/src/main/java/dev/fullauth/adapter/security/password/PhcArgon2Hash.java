package dev.fullauth.adapter.security.password;

import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2 hash in PHC string format: {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, salt and hash
 * in unpadded standard base64 (the format of argon2-cffi and the reference implementation).
 *
 * @param type a {@link Argon2Parameters} type constant
 * @param version 16 or 19
 * @param memoryKib m
 * @param iterations t
 * @param parallelism p
 * @param salt the salt bytes
 * @param hash the derived bytes
 */
record PhcArgon2Hash(
    int type,
    int version,
    int memoryKib,
    int iterations,
    int parallelism,
    byte[] salt,
    byte[] hash) {
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

  /**
   * @param encoded any text
   * @return the parsed hash, or empty when the text is not a well-formed Argon2 PHC string
   */
  static Optional<PhcArgon2Hash> parse(String encoded) {
    try {
      String[] parts = encoded.split("\\$", -1);
      // "", type, [v=..], params, salt, hash
      if (parts.length != 6 && parts.length != 5) {
        return Optional.empty();
      }
      int type = typeOf(parts[1]);
      int index = 2;
      int version = Argon2Parameters.ARGON2_VERSION_10;
      if (parts.length == 6) {
        if (!parts[2].startsWith("v=")) {
          return Optional.empty();
        }
        version = Integer.parseInt(parts[2].substring(2));
        index = 3;
      }
      int m = -1;
      int t = -1;
      int p = -1;
      for (String kv : parts[index].split(",")) {
        String[] pair = kv.split("=", 2);
        int value = Integer.parseInt(pair[1]);
        switch (pair[0]) {
          case "m" -> m = value;
          case "t" -> t = value;
          case "p" -> p = value;
          default -> {
            return Optional.empty();
          }
        }
      }
      byte[] salt = Base64.getDecoder().decode(pad(parts[index + 1]));
      byte[] hash = Base64.getDecoder().decode(pad(parts[index + 2]));
      boolean sane =
          type >= 0
              && (version == 0x10 || version == 0x13)
              && Argon2Settings.withinBounds(m, t, p)
              && salt.length >= 8
              && hash.length >= 4
              && hash.length <= 1024;
      return sane
          ? Optional.of(new PhcArgon2Hash(type, version, m, t, p, salt, hash))
          : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * @return the PHC string
   */
  String encode() {
    return "$"
        + typeName()
        + "$v="
        + version
        + "$m="
        + memoryKib
        + ",t="
        + iterations
        + ",p="
        + parallelism
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  /**
   * @return whether this hash was made with exactly these settings and Argon2id v1.3
   */
  boolean matches(Argon2Settings settings) {
    return type == Argon2Parameters.ARGON2_id
        && version == Argon2Parameters.ARGON2_VERSION_13
        && memoryKib == settings.memoryKib()
        && iterations == settings.iterations()
        && parallelism == settings.parallelism();
  }

  /**
   * @return whether verifying this hash does the work of one made with these settings: the same
   *     memory, passes and lanes (type and version barely change the cost)
   */
  boolean costs(Argon2Settings settings) {
    return memoryKib == settings.memoryKib()
        && iterations == settings.iterations()
        && parallelism == settings.parallelism();
  }

  private String typeName() {
    return switch (type) {
      case Argon2Parameters.ARGON2_d -> "argon2d";
      case Argon2Parameters.ARGON2_i -> "argon2i";
      default -> "argon2id";
    };
  }

  private static int typeOf(String name) {
    return switch (name) {
      case "argon2id" -> Argon2Parameters.ARGON2_id;
      case "argon2i" -> Argon2Parameters.ARGON2_i;
      case "argon2d" -> Argon2Parameters.ARGON2_d;
      default -> -1;
    };
  }

  private static String pad(String b64) {
    int rest = b64.length() % 4;
    return rest == 0 ? b64 : b64 + "=".repeat(4 - rest);
  }
}
