/**
 * Turns charts into PNG and SVG, as bytes or files.
 *
 * <p>Invariants: every file is written through {@link org.chatplan.charts.render.AtomicFiles}: to
 * a temporary file in the target's own folder, flushed, then moved over the target in one step, so a
 * reader sees the old file or the complete new one, never a partial one, and no temporary file is
 * left behind. SVG output is deterministic (fixed id prefix, no DOCTYPE, nothing fetched).
 */
package org.chatplan.charts.render;
