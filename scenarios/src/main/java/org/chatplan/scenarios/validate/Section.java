package org.chatplan.scenarios.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Iterator;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.schema.Key;
import org.chatplan.scenarios.schema.Shape;

/**
 * One mapping of the scenario file being read against its {@link Shape}: unknown keys are reported
 * on opening, then typed getters read each key with its default, reporting problems at
 * {@code path.key}. Getters return the default when the key is absent (or written as null) and
 * {@code NaN} / null when the value is wrong, so that reading continues.
 */
public final class Section {
  private final Problems problems;
  private final String path;
  private final JsonNode node;
  private final Shape shape;

  private Section(Problems problems, String path, JsonNode node, Shape shape) {
    this.problems = problems;
    this.path = path;
    this.node = node;
    this.shape = shape;
  }

  /**
   * Opens {@code node} as a mapping of {@code shape}; reports unknown keys with "did you mean".
   * Returns null (after reporting) when the node is not a mapping. An absent or null node opens
   * as an empty mapping, so every key takes its default.
   */
  public static Section open(Problems p, String path, JsonNode node, Shape shape) {
    if (node == null || node.isNull()) {
      return new Section(p, path, JsonNodeFactory.instance.objectNode(), shape);
    }
    if (!node.isObject()) {
      p.error(path, "expected a mapping with fields such as " + String.join(", ", shape.names())
          + ", got " + Describe.node(node));
      return null;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String key = it.next();
      if (shape.key(key) == null) {
        String child = path.isEmpty() ? key : path + "." + key;
        String close = Suggest.closest(key, shape.names());
        p.errorAtKey(child, "unknown field `" + key + "`"
            + (close != null ? "; did you mean `" + close + "`?"
                : "; fields allowed here: " + String.join(", ", shape.names())));
      }
    }
    return new Section(p, path, node, shape);
  }

  public Problems problems() {
    return problems;
  }

  public String path() {
    return path;
  }

  /** The path of a key of this mapping. */
  public String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value of {@code key}, or null when absent or written as null. */
  public JsonNode get(String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  public boolean has(String key) {
    return get(key) != null;
  }

  /** The value of a required key; reports it missing (with an example) and returns null if absent. */
  public JsonNode require(String key) {
    JsonNode v = get(key);
    if (v == null) {
      missing(key, "");
    }
    return v;
  }

  /** The schema's example for a key of this mapping, e.g. {@code zone: America/New_York}. */
  public String example(String key) {
    Key k = shape.key(key);
    return k == null ? key + ": ..." : k.example();
  }

  /** Reports a missing key with the schema's example and an optional reason. */
  public void missing(String key, String why) {
    Key k = shape.key(key);
    String example = k == null ? "" : "; add e.g. `" + k.example() + "`";
    problems.error(path(key), "missing required field" + (why.isEmpty() ? "" : " (" + why + ")") + example);
  }

  public double duration(String key, double dflt) {
    JsonNode v = get(key);
    if (v == null) {
      return dflt;
    }
    Double d = Values.duration(problems, path(key), v);
    return d == null ? Double.NaN : d;
  }

  /** A duration > 0 and at most {@code maxSeconds}; NaN when missing (reported) or wrong. */
  public double positiveDuration(String key, double dflt, double maxSeconds, String what) {
    JsonNode v = Double.isNaN(dflt) ? require(key) : get(key);
    if (v == null) {
      return dflt;
    }
    Double d = Values.positiveDuration(problems, path(key), v, maxSeconds, what);
    return d == null ? Double.NaN : d;
  }

  /** A percent as a fraction; {@code dflt} NaN means required. */
  public double percent(String key, double dflt) {
    JsonNode v = Double.isNaN(dflt) ? require(key) : get(key);
    if (v == null) {
      return dflt;
    }
    Double d = Values.percent(problems, path(key), v);
    return d == null ? Double.NaN : d;
  }

  /**
   * As {@link #percent}, with a warning when the written value is above 0 and at most
   * {@code fractionUpTo}: for this field that is almost surely a fraction written for a percent
   * (0.8 for 80), which would be read as 0.8%.
   */
  public double percentNotFraction(String key, double dflt, double fractionUpTo) {
    double v = percent(key, dflt);
    double written = Double.parseDouble(Numbers.hundredfold(v)); // as written, not v x 100 in binary
    if (has(key) && written > 0 && written <= fractionUpTo) {
      problems.warning(path(key), Values.fractionForPercent(Numbers.format(written), written));
    }
    return v;
  }

  /** A number in range; {@code dflt} NaN means required. */
  public double number(String key, double dflt, double min, boolean minExclusive, double max, String what) {
    JsonNode v = Double.isNaN(dflt) ? require(key) : get(key);
    if (v == null) {
      return dflt;
    }
    Double d = Values.bounded(problems, path(key), v, min, minExclusive, max, what);
    return d == null ? Double.NaN : d;
  }

  /** A whole number in range; {@code dflt} null means required. Returns null when wrong. */
  public Long integer(String key, Long dflt, long min, long max, String what) {
    JsonNode v = dflt == null ? require(key) : get(key);
    if (v == null) {
      return dflt;
    }
    return Values.integer(problems, path(key), v, min, max, what);
  }

  /** Text; {@code dflt} null means required. Returns null when missing or wrong. */
  public String text(String key, String dflt) {
    JsonNode v = dflt == null ? require(key) : get(key);
    if (v == null) {
      return dflt;
    }
    return Values.text(problems, path(key), v);
  }

  /** A required non-blank name. */
  public String name(String key) {
    JsonNode v = require(key);
    return v == null ? null : Values.name(problems, path(key), v);
  }

  public Boolean bool(String key, boolean dflt) {
    JsonNode v = get(key);
    return v == null ? Boolean.valueOf(dflt) : Values.bool(problems, path(key), v);
  }
}
