/** REST resources for the caller's own account. */
package dev.fullauth.adapter.rest.profile;
