/** Token transport: bearer and cookies, and the CSRF double-submit filter for cookie clients. */
package dev.fullauth.adapter.rest.transport;
