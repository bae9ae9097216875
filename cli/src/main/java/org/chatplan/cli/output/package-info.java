/**
 * What the CLI writes: the console summary, the JSON result (shape in docs/json-result.md), the
 * per-interval CSV, and the atomic file writer that makes every output complete or absent.
 */
package org.chatplan.cli.output;
