package io.github.methodbank.core.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The Immutables style of the export value types (same as the model's). */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        get = {"get*", "is*"},
        depluralize = true,
        depluralizeDictionary = {"methods:method"},
        defaults = @Value.Immutable(copy = false),
        privateNoargConstructor = true)
@interface ModelStyle {}
