/** Inbound ports of housekeeping: deleting rows the server no longer needs. */
package dev.fullauth.application.port.in.maintenance;
