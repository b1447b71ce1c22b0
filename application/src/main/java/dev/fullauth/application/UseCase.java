package dev.fullauth.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use-case implementation: a CDI bean with the scope of its caller. It decides nothing
 * about transactions: a service that writes to the database carries {@code @Transactional} itself
 * (or delegates its writes to a bean that does), and reads, checks and network calls run outside
 * any database transaction, so that no connection or row lock is held while a provider, an SMTP
 * server or a password hash is awaited. Outcomes that callers branch on are returned as sealed
 * results, so a rejected request can still commit what it decided (for example, a burnt session
 * family); an exception leaving a transactional method rolls its transaction back.
 */
@Stereotype
@Dependent
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {}
