/** Use-case implementations for profile. */
package dev.fullauth.application.usecase.profile;
