/** Use-case implementations of housekeeping, driven by the retention worker. */
package dev.fullauth.application.usecase.maintenance;
