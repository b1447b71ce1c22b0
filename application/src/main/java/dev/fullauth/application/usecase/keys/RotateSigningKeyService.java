package dev.fullauth.application.usecase.keys;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.keys.RotateSigningKeyUseCase;
import dev.fullauth.application.port.out.TokenIssuer;
import jakarta.inject.Inject;

/** Rotates the signing key. */
@UseCase
public class RotateSigningKeyService implements RotateSigningKeyUseCase {
  private final TokenIssuer issuer;

  @Inject
  public RotateSigningKeyService(TokenIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public String rotate() {
    return issuer.rotateSigningKey();
  }
}
