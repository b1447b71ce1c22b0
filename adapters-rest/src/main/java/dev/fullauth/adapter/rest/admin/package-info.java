/** REST resource of the admin routes (roles and permissions). */
package dev.fullauth.adapter.rest.admin;
