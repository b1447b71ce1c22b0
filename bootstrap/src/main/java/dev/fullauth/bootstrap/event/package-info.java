/** Bootstrap: event wiring. */
package dev.fullauth.bootstrap.event;
