/** Response headers that harden every answer. */
package dev.fullauth.adapter.rest.headers;
