package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.in.oauth.ListOAuthProvidersUseCase;
import jakarta.inject.Inject;
import java.util.List;

/** The enabled providers, in configuration order (anchor §2.5). */
@UseCase
public class ListOAuthProvidersService implements ListOAuthProvidersUseCase {
  private final OAuthPolicy policy;

  @Inject
  public ListOAuthProvidersService(OAuthPolicy policy) {
    this.policy = policy;
  }

  @Override
  public List<String> providers() {
    return policy.providers();
  }
}
