/** Inbound ports for the caller's own account: profile, password, deletion. */
package dev.fullauth.application.port.in.profile;
