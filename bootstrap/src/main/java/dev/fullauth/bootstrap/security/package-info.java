/** Bootstrap: security wiring. */
package dev.fullauth.bootstrap.security;
