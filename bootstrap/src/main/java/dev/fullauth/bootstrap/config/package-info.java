/** Bootstrap: config wiring. */
package dev.fullauth.bootstrap.config;
