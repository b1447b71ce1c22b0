/** Inbound ports for sessions: refresh and logout. */
package dev.fullauth.application.port.in.session;
