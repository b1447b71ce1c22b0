/** Request plumbing shared by the resources: body reading, caller and client resolution, JSON. */
package dev.fullauth.adapter.rest.support;
