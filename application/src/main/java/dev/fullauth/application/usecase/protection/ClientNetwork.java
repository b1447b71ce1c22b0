package dev.fullauth.application.usecase.protection;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The unit a rate limit counts: an IPv4 address, or the /64 network of an IPv6 address. One IPv6
 * subscriber usually holds a whole /64 (RFC 6177), so counting single IPv6 addresses would give an
 * attacker 2^64 fresh buckets.
 */
final class ClientNetwork {
  private ClientNetwork() {}

  /**
   * @param address the client address as resolved from the request, or {@code unknown}
   * @return the address itself for IPv4 and anything unparsable, {@code <first 64 bits>::/64} for
   *     IPv6 (an IPv4-mapped IPv6 address counts as its IPv4 address)
   */
  static String of(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    String literal = address.replace("[", "").replace("]", "");
    int scope = literal.indexOf('%');
    if (scope >= 0) {
      literal = literal.substring(0, scope);
    }
    if (!literal.matches("[0-9A-Fa-f:.]+")) {
      return address;
    }
    try {
      // Only hex digits, colons and dots reach here, so this parses a literal: no name lookup.
      InetAddress parsed = InetAddress.getByName(literal);
      if (!(parsed instanceof Inet6Address)) {
        return parsed.getHostAddress();
      }
      return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
