package dev.fullauth.adapter.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application at the context root, so that every path (including unknown ones) is
 * answered by JAX-RS and its JSON error mappers.
 */
@ApplicationPath("/")
@ApplicationScoped
public class RestApplication extends Application {}
