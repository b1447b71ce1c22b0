/** REST resources for registration, login, refresh and logout. */
package dev.fullauth.adapter.rest.auth;
