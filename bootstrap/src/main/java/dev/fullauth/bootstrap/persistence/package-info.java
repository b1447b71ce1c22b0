/** Bootstrap: persistence wiring. */
package dev.fullauth.bootstrap.persistence;
