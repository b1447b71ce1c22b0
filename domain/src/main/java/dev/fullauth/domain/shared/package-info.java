/** Types shared by every domain feature: the root exception and identifier helpers. */
package dev.fullauth.domain.shared;
