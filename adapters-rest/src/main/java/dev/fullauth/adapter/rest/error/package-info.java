/** Maps every failure to the contract's JSON error bodies; nothing leaks a stack trace. */
package dev.fullauth.adapter.rest.error;
