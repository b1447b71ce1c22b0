/** Bootstrap: health wiring. */
package dev.fullauth.bootstrap.health;
