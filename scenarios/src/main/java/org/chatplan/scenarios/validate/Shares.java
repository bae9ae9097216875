package org.chatplan.scenarios.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Problems;

/** Percent shares that should add up to 100: read, checked, warned about, normalised. */
public final class Shares {
  private Shares() {}

  /** Tolerance, in percent points, before a sum other than 100 is worth a warning. */
  static final double TOLERANCE = 0.01;

  /**
   * Reads {@code { key: percent, ... }} into key -> fraction of the total, in file order; null after
   * reporting a problem.
   */
  public static Map<String, Double> map(Problems p, String path, JsonNode n, String what) {
    if (!n.isObject()) {
      p.error(path, "expected a mapping of " + what + " to percent, e.g. { en: 80, es: 20 }, got " + Describe.node(n));
      return null;
    }
    if (n.size() == 0) {
      p.error(path, "is empty; give at least one " + what + " with its percent, e.g. { en: 100 }");
      return null;
    }
    Map<String, Double> raw = new LinkedHashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey().strip();
      String at = path + "." + e.getKey();
      if (key.isEmpty()) {
        p.error(at, "a " + what + " name cannot be empty");
        ok = false;
        continue;
      }
      Double v = e.getValue().isNull() ? null : Values.percent(p, at, e.getValue());
      if (e.getValue().isNull()) {
        p.error(at, "missing its percent; write e.g. " + key + ": 20");
      }
      ok &= v != null;
      raw.put(key, v == null ? 0 : v);
    }
    return ok ? normalise(p, path, raw, what) : null;
  }

  /**
   * Divides every share by the total; warns when the total is not 100 and reports an error when it
   * is 0. Returns null in that case.
   */
  public static Map<String, Double> normalise(Problems p, String path, Map<String, Double> fractions, String what) {
    double sum = 0;
    for (double v : fractions.values()) {
      sum += v;
    }
    if (!(sum > 0)) {
      p.error(path, "all " + what + " shares are 0; at least one must be positive");
      return null;
    }
    if (Math.abs(sum * 100 - 100) > TOLERANCE) {
      String total = Numbers.format(Math.round(sum * 1e6) / 1e4);
      p.warning(path, what + " shares add up to " + total + ", not 100; they are normalised (each multiplied by 100/"
          + total + ")");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : fractions.entrySet()) {
      out.put(e.getKey(), e.getValue() / sum);
    }
    return out;
  }
}
