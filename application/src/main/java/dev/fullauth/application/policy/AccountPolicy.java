package dev.fullauth.application.policy;

/**
 * Anti-enumeration switches (anchor §5.1, §5.2).
 *
 * @param preventRegistrationEnumeration answer registration identically for new and taken addresses
 * @param preventLoginTimingAttacks hash a dummy password for unknown accounts
 */
public record AccountPolicy(
    boolean preventRegistrationEnumeration, boolean preventLoginTimingAttacks) {
  /**
   * @return both defences on
   */
  public static AccountPolicy defaults() {
    return new AccountPolicy(true, true);
  }
}
