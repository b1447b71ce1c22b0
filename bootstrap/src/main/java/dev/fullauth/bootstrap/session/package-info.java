/** Bootstrap: start-up work for sessions. */
package dev.fullauth.bootstrap.session;
