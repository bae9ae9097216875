/**
 * Pictures and pages made from finished runs. This module reads only immutable results
 * ({@code ExperimentResult}, {@code MetricSummary}) and the validated {@code Scenario}; it never runs
 * the engine itself.
 *
 * <ul>
 *   <li>{@code chart}: one class per chart, each returning a {@code JFreeChart}; colours from the
 *       Okabe–Ito {@code Palette} only.
 *   <li>{@code render}: PNG and SVG bytes and files; every file is written to a temporary file in
 *       the same folder and moved into place, so it is complete or absent.
 *   <li>{@code report}: one self-contained {@code index.html} (charts inline, no scripts, no
 *       external resources); all scenario text is HTML-escaped.
 * </ul>
 *
 * <p>Invariants: AWT runs headless ({@link org.chatplan.charts.Headless}); output depends only on
 * the inputs, never on the wall clock.
 */
package org.chatplan.charts;
