package org.chatplan.scenarios.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed scenario file before mapping: its label (file name), its tree and where each path was
 * written. The tree may be modified by overrides before it is mapped.
 */
public record Document(String label, JsonNode root, Locations locations) {
}
