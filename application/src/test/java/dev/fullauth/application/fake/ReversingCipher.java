package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.SecretCipher;

/** Not encryption: makes sealed values recognisable and different from the plain text. */
public final class ReversingCipher implements SecretCipher {
  @Override
  public String seal(String plain) {
    return "sealed:" + new StringBuilder(plain).reverse();
  }

  @Override
  public String open(String sealed) {
    if (!sealed.startsWith("sealed:")) {
      throw new IllegalArgumentException("not sealed");
    }
    return new StringBuilder(sealed.substring(7)).reverse().toString();
  }
}
