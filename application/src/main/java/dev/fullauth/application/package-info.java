/** Application layer: use cases (port.in), the ports they need (port.out), and their services. */
package dev.fullauth.application;
