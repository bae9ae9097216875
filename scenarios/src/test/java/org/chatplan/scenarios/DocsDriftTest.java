package org.chatplan.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.scenarios.schema.ScenarioSchema;
import org.junit.jupiter.api.Test;

/** docs/scenario-format.md lists exactly the fields the loader accepts, in the same order. */
class DocsDriftTest {

  private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

  static Path doc() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("docs/scenario-format.md");
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("docs/scenario-format.md not found above " + dir);
  }

  static List<String> tableKeys(String text, String section) {
    String start = "<!-- " + section + ":start -->";
    String end = "<!-- " + section + ":end -->";
    int a = text.indexOf(start);
    int b = text.indexOf(end);
    assertTrue(a >= 0 && b > a, "markers " + start + " / " + end + " in the doc");
    List<String> keys = new ArrayList<>();
    for (String line : text.substring(a, b).split("\\R")) {
      Matcher m = FIRST_CELL.matcher(line);
      if (m.find()) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  @Test void fieldReferenceListsExactlyTheSchema() throws IOException {
    String text = Files.readString(doc());
    assertEquals(ScenarioSchema.paths(), tableKeys(text, "fields"));
  }

  @Test void distributionTableListsExactlyItsKeys() throws IOException {
    String text = Files.readString(doc());
    assertEquals(ScenarioSchema.DISTRIBUTION.names(), tableKeys(text, "distribution"));
  }

  @Test void everyFieldRowStatesTypeRangeDefaultAndExample() throws IOException {
    String text = Files.readString(doc());
    String table = text.substring(text.indexOf("<!-- fields:start -->"), text.indexOf("<!-- fields:end -->"));
    for (String line : table.split("\\R")) {
      if (FIRST_CELL.matcher(line).find()) {
        String[] cells = line.split("(?<!\\\\)\\|", -1);
        assertEquals(7, cells.length, () -> "five columns in: " + line);
        assertTrue(!cells[2].isBlank() && !cells[4].isBlank(), () -> "type and default in: " + line);
      }
    }
  }
}
