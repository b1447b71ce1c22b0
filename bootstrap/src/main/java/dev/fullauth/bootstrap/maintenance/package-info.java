/** Bootstrap: the retention worker that deletes rows the server no longer needs. */
package dev.fullauth.bootstrap.maintenance;
