package dev.fullauth.application.port.in.mail;

import dev.fullauth.domain.passkey.Passkey;
import java.util.List;

/**
 * The ways into an account that a password reset leaves in place, reported so that the owner can
 * spot and remove a credential they do not recognise (an attacker's passkey or provider link).
 *
 * @param passkeys the account's passkeys
 * @param oauthProviders the providers linked to the account
 */
public record LoginMethods(List<Passkey> passkeys, List<String> oauthProviders) {
  public LoginMethods {
    passkeys = List.copyOf(passkeys);
    oauthProviders = List.copyOf(oauthProviders);
  }
}
