package dev.fullauth.application.port.out;

/** The {@code type} claim of a FullAuth token. */
public enum TokenType {
  ACCESS("access"),
  REFRESH("refresh");

  private final String claim;

  TokenType(String claim) {
    this.claim = claim;
  }

  /**
   * @return the value of the {@code type} claim
   */
  public String claim() {
    return claim;
  }

  /**
   * @param claim the {@code type} claim; null counts as access (anchor §3.4)
   * @return the type, or null for an unknown value
   */
  public static TokenType fromClaim(String claim) {
    if (claim == null || "access".equals(claim)) {
      return ACCESS;
    }
    return "refresh".equals(claim) ? REFRESH : null;
  }
}
