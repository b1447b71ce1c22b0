package dev.fullauth.bootstrap.health;

import dev.fullauth.bootstrap.persistence.CacheWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the shared caches answer; reports their entry counts, so that an operator sees the
 * bounds hold (and alerts before a flood reaches them).
 */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {
  @Inject CacheWiring caches;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("cache");
    try {
      caches.sizes().forEach((name, size) -> response.withData(name + "-entries", size));
      return response.up().build();
    } catch (RuntimeException e) {
      return response.down().build();
    }
  }
}
