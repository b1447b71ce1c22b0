/** REST resource for the caller's sessions. */
package dev.fullauth.adapter.rest.session;
