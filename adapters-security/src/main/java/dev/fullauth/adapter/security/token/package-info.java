/** Token adapter: JWS signing and verification with Nimbus JOSE, and the persisted key ring. */
package dev.fullauth.adapter.security.token;
