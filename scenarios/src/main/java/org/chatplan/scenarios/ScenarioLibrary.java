package org.chatplan.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chatplan.scenarios.load.YamlDocuments;

/**
 * The scenarios bundled with chatplan, stored as YAML resources under
 * {@code org/chatplan/scenarios/library/NAME.yaml}. Each has a {@code name} and a {@code description}.
 */
public final class ScenarioLibrary {
  private ScenarioLibrary() {}

  private static final String FOLDER = "/org/chatplan/scenarios/library/";
  private static final List<String> NAMES =
      List.of("follow-the-sun", "centralized", "textbook-erlang-a", "chat-concurrency-lab", "black-friday");

  /** Bundled names, the default first. */
  public static List<String> names() {
    return NAMES;
  }

  /** The scenario run when none is named. */
  public static String defaultName() {
    return "follow-the-sun";
  }

  /**
   * The YAML text of a bundled scenario.
   *
   * @throws IllegalArgumentException for a name that is not bundled
   */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no bundled scenario is called \"" + name + "\"; bundled: "
          + String.join(", ", NAMES));
    }
    try (InputStream in = ScenarioLibrary.class.getResourceAsStream(FOLDER + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("bundled scenario resource missing: " + FOLDER + name + ".yaml");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code description} field of a bundled scenario (empty when it has none). */
  public static String description(String name) {
    YamlDocuments.Read read = YamlDocuments.read(text(name), label(name));
    JsonNode d = read.document() == null ? null : read.document().root().get("description");
    return d == null || d.isNull() ? "" : d.asText().strip();
  }

  /** The file label used in problems about a bundled scenario, e.g. {@code follow-the-sun.yaml}. */
  public static String label(String name) {
    return name + ".yaml";
  }
}
