/** OAuth login routes (anchor §2.5, §6; CONTRACT.md item 4). */
package dev.fullauth.adapter.rest.oauth;
