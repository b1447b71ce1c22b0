/** Passwords: the plain value in transit, the stored hash, and the policy new passwords obey. */
package dev.fullauth.domain.password;
