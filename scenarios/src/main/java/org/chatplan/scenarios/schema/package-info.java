/**
 * The shape of a v1 scenario file: which keys exist at each level and what each holds. It is the
 * single source of truth for unknown-field errors, "did you mean" hints and the field reference in
 * docs/scenario-format.md (a test keeps the two identical).
 */
package org.chatplan.scenarios.schema;
