/** Sessions: refresh-token families, their members and the digests they are stored as. */
package dev.fullauth.domain.session;
