/**
 * Servlets outside JAX-RS: JSON answers for the container's own errors, and the demo frontend of
 * the development profile.
 */
package dev.fullauth.bootstrap.web;
