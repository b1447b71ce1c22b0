package dev.fullauth.adapter.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest {
  // Small parameters keep the unit tests fast; the defaults are measured in the JMH benchmark.
  private final Argon2PasswordHasher argon =
      new Argon2PasswordHasher(
          Argon2PasswordHasher.Algorithm.ARGON2ID, new Argon2Settings(1024, 1, 1), 4);

  private static PlainPassword pw(String s) {
    return new PlainPassword(s);
  }

  @Test
  void newHash_isPhcArgon2id_withTheConfiguredParameters_andVerifies() {
    PasswordHash hash = argon.hash(pw("correct horse"));
    assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    assertThat(argon.verify(pw("correct horse"), hash)).isTrue();
    assertThat(argon.verify(pw("correct horsf"), hash)).isFalse();
    assertThat(argon.hash(pw("correct horse"))).isNotEqualTo(hash);
  }

  /**
   * Vectors made by the reference implementation (Debian's argon2 CLI) and by libxcrypt's bcrypt.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzYWx0MTIzNA$9HCwZiudDjJmeJT+g9JhcHqFCfQilsNL5qtTha4+vBc",
        "$argon2i$v=19$m=4096,t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$lkxPeeNsF9VKQaCHk90dH2bR+UPU46g4aPXF2K1/hgg",
        "$2a$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e",
        "$2b$05$abcdefghijklmnopqrstuuHNbAKRhpaujgo33bRWs.NLUTJO3lOy2",
        "$2y$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e"
      })
  void hashesFromOtherImplementations_verify(String encoded) {
    assertThat(argon.verify(pw("correct horse"), new PasswordHash(encoded))).isTrue();
    assertThat(argon.verify(pw("correct horsE"), new PasswordHash(encoded))).isFalse();
    assertThat(argon.needsRehash(new PasswordHash(encoded))).isTrue();
  }

  @Test
  void nonAsciiPasswords_areHashedAsUtf8_likeTheReference() {
    PasswordHash reference =
        new PasswordHash(
            "$argon2id$v=19$m=19456,t=2,p=1$YW5vdGhlcnNhbHQ5OTk5OQ$3xC3JXwttQu5v+GJPfg2I+BXKdStu5R4KCdLILZMYsc");
    Argon2PasswordHasher owasp =
        new Argon2PasswordHasher(
            Argon2PasswordHasher.Algorithm.ARGON2ID, Argon2Settings.owasp(), 12);
    assertThat(owasp.verify(pw("pässwörd"), reference)).isTrue();
    assertThat(owasp.needsRehash(reference)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$", "plain", "$argon2id$v=19$m=1,t=1,p=1$$", "$2b$04$short", "$argon2id$garbage"})
  void malformedHashes_areMismatches_notErrors(String encoded) {
    assertThat(argon.verify(pw("anything"), new PasswordHash(encoded))).isFalse();
  }

  @Test
  void bcryptMode_hashesWith2b_andRefusesPasswordsOver72Bytes() {
    Argon2PasswordHasher bcrypt =
        new Argon2PasswordHasher(Argon2PasswordHasher.Algorithm.BCRYPT, Argon2Settings.owasp(), 4);
    PasswordHash hash = bcrypt.hash(pw("x".repeat(72)));
    assertThat(hash.encoded()).startsWith("$2b$04$");
    assertThat(bcrypt.verify(pw("x".repeat(72)), hash)).isTrue();
    assertThatThrownBy(() -> bcrypt.hash(pw("é".repeat(37))))
        .isInstanceOf(PasswordPolicyViolationException.class)
        .hasMessageContaining("at most 72 bytes");
    // An Argon2 hash is never migrated to bcrypt (anchor §5.9).
    assertThat(bcrypt.needsRehash(argon.hash(pw("abc")))).isFalse();
  }

  @Test
  void dummy_costsWhatAHashOfTheConfiguredAlgorithmAndParametersCosts() {
    assertThat(argon.dummyHash().encoded()).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    assertThat(argon.costsLikeDummy(argon.dummyHash())).isTrue();
    assertThat(argon.costsLikeDummy(argon.hash(pw("correct horse")))).isTrue();
    Argon2PasswordHasher bcrypt =
        new Argon2PasswordHasher(Argon2PasswordHasher.Algorithm.BCRYPT, Argon2Settings.owasp(), 5);
    assertThat(bcrypt.dummyHash().encoded()).startsWith("$2b$05$");
    assertThat(bcrypt.costsLikeDummy(bcrypt.dummyHash())).isTrue();
    assertThat(bcrypt.costsLikeDummy(new PasswordHash(BCRYPT_05))).isTrue();
  }

  private static final String BCRYPT_05 =
      "$2b$05$abcdefghijklmnopqrstuuHNbAKRhpaujgo33bRWs.NLUTJO3lOy2";

  /** Hashes whose verification costs other than the dummy: the login pads their failures. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzYWx0MTIzNA$9HCwZiudDjJmeJT+g9JhcHqFCfQilsNL5qtTha4+vBc",
        "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$9HCwZiudDjJmeJT+g9JhcHqFCfQilsNL5qtTha4+vBc",
        "$argon2i$v=19$m=4096,t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$lkxPeeNsF9VKQaCHk90dH2bR+UPU46g4aPXF2K1/hgg",
        BCRYPT_05,
        "$2a$04$abcdefghijklmnopqrstuujydOTSfIH/d5oUHpsygqV5X9xJLQc6e",
        "$argon2id$v=19$m=1024,t=1,p=1$$",
        "plain text",
        "$2b$x"
      })
  void importedOutdatedAndMalformedHashes_doNotCostLikeTheDummy(String encoded) {
    assertThat(argon.costsLikeDummy(new PasswordHash(encoded))).isFalse();
    Argon2PasswordHasher bcrypt =
        new Argon2PasswordHasher(Argon2PasswordHasher.Algorithm.BCRYPT, Argon2Settings.owasp(), 12);
    assertThat(bcrypt.costsLikeDummy(new PasswordHash(encoded))).isFalse();
  }

  @Test
  void dummyVerification_runs_withoutAStoredHash() {
    argon.verifyDummy(pw("whatever"));
    argon.verifyDummy(pw("whatever"));
  }

  @Test
  void hashes_neverPrintTheirSecret() {
    assertThat(argon.hash(pw("correct horse")).toString()).doesNotContain("argon2");
    assertThat(pw("correct horse").toString()).doesNotContain("horse");
  }
}
