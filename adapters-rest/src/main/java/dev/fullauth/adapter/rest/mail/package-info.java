/** REST resources of the e-mail flows: verification and password reset. */
package dev.fullauth.adapter.rest.mail;
