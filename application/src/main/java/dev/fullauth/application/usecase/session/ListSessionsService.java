package dev.fullauth.application.usecase.session;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.session.ListSessionsUseCase;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Lists sessions from the stored refresh tokens: only live ones, at most {@link #MAX_LISTED}, so
 * that a user with a long history costs the same as a new one.
 */
@UseCase
@Transactional
public class ListSessionsService implements ListSessionsUseCase {
  /** The most sessions one answer lists (the most recently used ones). */
  public static final int MAX_LISTED = 100;

  private final SessionStore sessions;
  private final Clock clock;

  @Inject
  public ListSessionsService(SessionStore sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public List<SessionSummary> list(UserId userId, SessionId current) {
    return sessions.liveSessionsOf(userId, clock.instant(), MAX_LISTED).stream()
        .map(s -> s.markedFor(current))
        .toList();
  }
}
