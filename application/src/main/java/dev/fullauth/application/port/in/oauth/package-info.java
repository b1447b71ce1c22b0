/** Use cases of login through OAuth2/OpenID Connect providers (anchor §2.5, §6). */
package dev.fullauth.application.port.in.oauth;
