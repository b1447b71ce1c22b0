/** Shared, short-lived state in JCache (Hazelcast on Payara). */
package dev.fullauth.adapter.persistence.cache;
