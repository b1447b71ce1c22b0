/** Use-case implementations for keys. */
package dev.fullauth.application.usecase.keys;
