/** Bootstrap: accounts created from configuration. */
package dev.fullauth.bootstrap.account;
