package dev.fullauth.benchmark;

import dev.fullauth.adapter.security.token.JwtSettings;
import dev.fullauth.adapter.security.token.JwtTokenIssuer;
import dev.fullauth.adapter.security.token.JwtTokenVerifier;
import dev.fullauth.adapter.security.token.SigningKeyRing;
import dev.fullauth.application.fake.InMemorySigningKeyRepository;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cost of signing and of checking an access token, per algorithm: the per-request overhead. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenBenchmark {
  @Param({"ES256", "HS256"})
  public String algorithm;

  private JwtTokenIssuer issuer;
  private JwtTokenVerifier verifier;
  private TokenClaims claims;
  private String token;

  @Setup
  public void setUp() {
    InMemorySigningKeyRepository repository = new InMemorySigningKeyRepository();
    JwtSettings settings =
        new JwtSettings(
            algorithm,
            "https://auth.example",
            null,
            Duration.ofSeconds(30),
            "benchmark-secret-of-at-least-32-characters");
    Clock clock = Clock.systemUTC();
    SigningKeyRing ring = new SigningKeyRing(settings, repository, clock);
    issuer = new JwtTokenIssuer(settings, ring);
    verifier = new JwtTokenVerifier(settings, ring, clock);
    Instant now = Instant.now();
    claims =
        new TokenClaims(
            "0190f3a1-0000-7000-8000-000000000001",
            TokenType.ACCESS,
            "0123456789abcdef0123456789abcdef",
            now,
            now.plusSeconds(3600),
            List.of("editor"),
            Map.of(),
            "fedcba9876543210fedcba9876543210",
            "ann@example.com");
    token = issuer.issue(claims);
  }

  @Benchmark
  public String issue() {
    return issuer.issue(claims);
  }

  @Benchmark
  public TokenClaims verify() {
    return verifier.verify(token);
  }
}
