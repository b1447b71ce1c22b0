/**
 * Access control for applications deployed with FullAuth: {@link
 * dev.fullauth.adapter.rest.access.RequiresRole} and {@link
 * dev.fullauth.adapter.rest.access.RequiresPermission} on their JAX-RS resources.
 */
package dev.fullauth.adapter.rest.access;
