/**
 * Reading scenario text into a tree: YAML/JSON parsing, the path-to-location map, and the problem
 * sink that turns a field path into {@code file:line:column}. Nothing here knows the format's
 * fields; that is the job of {@code convert}.
 */
package org.chatplan.scenarios.load;
