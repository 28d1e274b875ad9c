/**
 * The export SPI: {@link io.github.methodbank.core.export.Exporter} turns a selection of a
 * bank's methods into bytes; {@link io.github.methodbank.core.export.ExporterProvider}s are
 * found with {@link io.github.methodbank.core.export.Exporters}.
 */
@ModelStyle
package io.github.methodbank.core.export;

import io.github.methodbank.core.internal.style.ModelStyle;
