/** Use-case implementations of role-based access control. */
package dev.fullauth.application.usecase.admin;
