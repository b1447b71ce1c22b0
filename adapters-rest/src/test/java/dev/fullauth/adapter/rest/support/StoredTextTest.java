package dev.fullauth.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoredTextTest {
  @Test
  void nulCharacters_areNotStorable_everythingElseIs() {
    assertThat(StoredText.isStorable("a\u0000b")).isFalse();
    assertThat(StoredText.isStorable("\u0000")).isFalse();
    assertThat(StoredText.isStorable(null)).isTrue();
    assertThat(StoredText.isStorable("\u202Eright-to-left \ud800 \u0001 [{")).isTrue();
  }

  @Test
  void theIssue_namesTheField_withoutTheValue() {
    var issue = StoredText.notStorable(List.of("body", "display_name"));
    assertThat(issue.type()).isEqualTo("string_pattern_mismatch");
    assertThat(issue.loc()).containsExactly("body", "display_name");
    assertThat(issue.msg()).doesNotContain("\u0000");
  }
}
