/** Outbound ports: what the use cases need from stores, cryptography and the runtime. */
package dev.fullauth.application.port.out;
