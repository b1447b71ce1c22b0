package dev.fullauth.domain.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void default_onlyRequiresEightCodePoints() {
    PasswordPolicy policy = PasswordPolicy.defaults();
    assertThat(policy.violations(new PlainPassword("1234567")))
        .containsExactly("Password must be at least 8 characters");
    assertThat(policy.violations(new PlainPassword("12345678"))).isEmpty();
    // Four emoji are eight UTF-16 units but four characters.
    assertThat(policy.violations(new PlainPassword("😀😀😀😀"))).hasSize(1);
  }

  @Test
  void everyBrokenRule_isReported_inTheAnchorsOrder() {
    PasswordPolicy strict =
        new PasswordPolicy(10, true, true, true, true, Set.of("Password"), false);
    assertThatThrownBy(() -> strict.check(new PlainPassword("password")))
        .isInstanceOf(PasswordPolicyViolationException.class)
        .hasMessage(
            "Password must be at least 10 characters; Password must contain at least one uppercase letter; "
                + "Password must contain at least one digit; Password must contain at least one special character; "
                + "This password is too common");
    assertThat(strict.violations(new PlainPassword("Sup3r-Secret!"))).isEmpty();
  }

  @Test
  void unicodeDigits_countAsDigits() {
    PasswordPolicy digits = new PasswordPolicy(1, false, false, true, false, Set.of(), false);
    assertThat(digits.violations(new PlainPassword("abc٣"))).isEmpty();
  }

  @Test
  void passwordsAndHashes_areRedacted() {
    assertThat(new PlainPassword("hunter22").toString()).doesNotContain("hunter22");
    assertThat(new PasswordHash("$argon2id$abc").toString()).doesNotContain("argon2");
  }

  @Test
  void theTenThousandMostCommonPasswords_areRefused_whenAsked() {
    PasswordPolicy common = new PasswordPolicy(8, false, false, false, false, Set.of(), true);
    assertThat(CommonPasswords.size()).isGreaterThan(9_000);
    assertThat(common.violations(new PlainPassword("Password123")))
        .containsExactly("This password is too common");
    assertThat(common.violations(new PlainPassword("qwertyuiop")))
        .containsExactly("This password is too common");
    assertThat(common.violations(new PlainPassword("correct horse battery"))).isEmpty();
    assertThat(PasswordPolicy.defaults().violations(new PlainPassword("password123"))).isEmpty();
  }
}
