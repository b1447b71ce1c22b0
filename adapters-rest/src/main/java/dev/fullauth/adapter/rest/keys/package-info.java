/** REST resource publishing the signing keys. */
package dev.fullauth.adapter.rest.keys;
