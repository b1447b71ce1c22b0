package dev.fullauth.adapter.rest.support;

import static dev.fullauth.adapter.rest.support.RequestHeadLimitFilter.MAX_HEADER_CHARS;
import static dev.fullauth.adapter.rest.support.RequestHeadLimitFilter.MAX_TARGET_CHARS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestHeadLimitFilterTest {
  @Test
  void requestsWithinBothBounds_pass() {
    assertThat(RequestHeadLimitFilter.refusal(MAX_TARGET_CHARS, MAX_HEADER_CHARS)).isZero();
  }

  @Test
  void aLongTarget_is414_evenWhenTheHeadersAreTooLargeToo() {
    assertThat(RequestHeadLimitFilter.refusal(MAX_TARGET_CHARS + 1, 0)).isEqualTo(414);
    assertThat(RequestHeadLimitFilter.refusal(MAX_TARGET_CHARS + 1, MAX_HEADER_CHARS + 1))
        .isEqualTo(414);
  }

  @Test
  void largeHeaders_are431() {
    assertThat(RequestHeadLimitFilter.refusal(1, MAX_HEADER_CHARS + 1)).isEqualTo(431);
  }
}
