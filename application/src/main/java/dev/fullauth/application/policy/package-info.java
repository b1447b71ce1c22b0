/** Immutable configuration records that bootstrap produces for the use cases. */
package dev.fullauth.application.policy;
