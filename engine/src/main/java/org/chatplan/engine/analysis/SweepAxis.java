package org.chatplan.engine.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One swept parameter: the field it sets (a scenario path such as {@code
 * agents.sites[0].maxConcurrency}) and the values it takes, as written by the user ({@code 3},
 * {@code x1.2}, {@code true}), in sweep order.
 */
public record SweepAxis(String parameter, List<String> values) {
  public SweepAxis {
    if (parameter == null || parameter.isBlank()) {
      throw new IllegalArgumentException("a swept parameter needs a name (a scenario path), got \"" + parameter + "\"");
    }
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException("swept parameter " + parameter + " needs at least one value");
    }
    values = List.copyOf(values);
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      if (!seen.add(v)) {
        throw new IllegalArgumentException("swept parameter " + parameter + " lists the value " + v
            + " twice; maybe remove the repeat?");
      }
    }
  }
}
