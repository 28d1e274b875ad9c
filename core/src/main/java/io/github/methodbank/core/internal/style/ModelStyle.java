package io.github.methodbank.core.internal.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every model type and every exporter (whose options are its
 * attributes): generated implementations stay package-private, users see only the abstract
 * types and their nested {@code Builder}; accessors are {@code getX()} / {@code isX()}, builder
 * methods {@code x(…)}. Source retention: it leaves no trace in class files. Not API: the package
 * is exported only to methodbank's own modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        get = {"get*", "is*"},
        depluralize = true,
        depluralizeDictionary = {"phases:phase", "typicalUsers:typicalUser", "materials:material",
            "steps:step", "tags:tag", "links:link", "methods:method", "paths:path", "values:value"},
        defaults = @Value.Immutable(copy = false),
        privateNoargConstructor = true)
public @interface ModelStyle {}
