package org.chatplan.scenarios.schema;

import java.util.ArrayList;
import java.util.List;

/** The keys one mapping of the scenario file may hold, in documentation order. */
public record Shape(String name, List<Key> keys) {
  public Shape {
    keys = List.copyOf(keys);
  }

  static Shape of(String name, Key... keys) {
    return new Shape(name, List.of(keys));
  }

  /** The key called {@code name}, or null. */
  public Key key(String keyName) {
    for (Key k : keys) {
      if (k.name().equals(keyName)) {
        return k;
      }
    }
    return null;
  }

  /** Key names in documentation order. */
  public List<String> names() {
    List<String> out = new ArrayList<>(keys.size());
    for (Key k : keys) {
      out.add(k.name());
    }
    return out;
  }
}
