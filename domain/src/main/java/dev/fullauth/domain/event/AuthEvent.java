package dev.fullauth.domain.event;

/**
 * Something that happened to an account, published after the change committed (CONTRACT.md §4).
 * Applications observe the concrete records as CDI events.
 */
public interface AuthEvent {}
