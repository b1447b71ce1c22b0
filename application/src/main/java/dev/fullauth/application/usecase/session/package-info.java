/** Use-case implementations for session. */
package dev.fullauth.application.usecase.session;
