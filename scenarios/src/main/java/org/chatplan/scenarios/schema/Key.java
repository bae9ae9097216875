package org.chatplan.scenarios.schema;

/**
 * One key the scenario format accepts at some level.
 *
 * @param name the key as written in the file
 * @param kind what it holds
 * @param shape the keys of its elements when {@code kind} is OBJECT or LIST, else null
 * @param example a short example used in "missing field" hints, e.g. {@code zone: America/New_York}
 */
public record Key(String name, Kind kind, Shape shape, String example) {

  static Key value(String name, String example) {
    return new Key(name, Kind.VALUE, null, example);
  }

  static Key object(String name, Shape shape, String example) {
    return new Key(name, Kind.OBJECT, shape, example);
  }

  static Key list(String name, Shape shape, String example) {
    return new Key(name, Kind.LIST, shape, example);
  }

  static Key distribution(String name, String example) {
    return new Key(name, Kind.DISTRIBUTION, null, example);
  }

  static Key map(String name, String example) {
    return new Key(name, Kind.MAP, null, example);
  }
}
