package dev.fullauth.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use-case implementation: a CDI bean whose public methods each run in one JTA transaction.
 * Outcomes that callers branch on are returned as sealed results, so a rejected request can still
 * commit what it decided (for example, a burnt session family).
 */
@Stereotype
@Dependent
@Transactional
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {}
