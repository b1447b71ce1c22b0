package dev.fullauth.application.port.in.oauth;

import java.util.List;

/** Names the enabled providers (GET /oauth/providers). */
public interface ListOAuthProvidersUseCase {
  /**
   * @return provider names in configuration order
   */
  List<String> providers();
}
