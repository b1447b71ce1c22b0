/** REST adapter: JAX-RS resources that translate HTTP to use cases and back. */
package dev.fullauth.adapter.rest;
