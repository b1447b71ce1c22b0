/** Use-case implementations of request protection. */
package dev.fullauth.application.usecase.protection;
