package dev.fullauth.application.usecase.keys;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.keys.PublishSigningKeysUseCase;
import dev.fullauth.application.port.out.TokenIssuer;
import jakarta.inject.Inject;

/** Publishes the issuer's public keys. */
@UseCase
public class PublishSigningKeysService implements PublishSigningKeysUseCase {
  private final TokenIssuer issuer;

  @Inject
  public PublishSigningKeysService(TokenIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public String publicKeySet() {
    return issuer.publicKeySet();
  }
}
