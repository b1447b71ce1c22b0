/** Inbound ports of role-based access control and its administration. */
package dev.fullauth.application.port.in.admin;
