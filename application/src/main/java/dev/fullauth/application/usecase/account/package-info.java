/** Use-case implementations for account. */
package dev.fullauth.application.usecase.account;
