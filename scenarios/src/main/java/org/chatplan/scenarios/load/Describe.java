package org.chatplan.scenarios.load;

import com.fasterxml.jackson.databind.JsonNode;

/** Short descriptions of what a node holds, for "expected X, got Y" messages. */
public final class Describe {
  private Describe() {}

  public static String node(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    return "\"" + clip(n.asText()) + "\"";
  }

  /** The value as written, quoted when text: {@code "25:00"}, {@code 12}, {@code a list}. */
  public static String value(JsonNode n) {
    if (n != null && n.isTextual()) {
      return "\"" + clip(n.asText()) + "\"";
    }
    if (n != null && (n.isNumber() || n.isBoolean())) {
      return n.asText();
    }
    return node(n);
  }

  private static String clip(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
