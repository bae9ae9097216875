package org.chatplan.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chatplan.scenarios.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of randomly mutated scenario files (deleted keys, swapped types, extreme numbers,
 * truncated YAML, stray characters) through the real command: each either runs (exit 0) or is
 * rejected with exit 2 and a message; never a stack trace, a hang or an out-of-memory. Runs are
 * pinned to one replication of one day with --set, so that a mutant that is legal stays quick.
 * (Hangs are caught by Surefire's forked-process timeout in the parent POM.)
 */
class MutatedScenarioFuzzTest {
  private static final String[] REPLACEMENTS = {"-1", "0", "1e308", "-1e308", "abc", "true", "[]", "{}",
      "\"\"", "null", "99999999999999999999", "0.0000001", "25:99", "Mars/Olympus", "[1, 2]", "150", "1.5h"};

  @TempDir Path dir;

  @Test
  void mutantsRunOrFailCleanly() throws Exception {
    SplittableRandom rnd = new SplittableRandom(20270301);
    List<String> bases = List.of(ScenarioLibrary.text("textbook-erlang-a"), ScenarioLibrary.text(ScenarioLibrary.defaultName()));
    int ran = 0;
    int rejected = 0;
    for (int i = 0; i < 300; i++) {
      String mutant = mutate(bases.get(i % bases.size()), rnd);
      Path file = dir.resolve("m" + i + ".yaml");
      Files.writeString(file, mutant);
      boolean validate = i % 3 != 0;
      Cli c = validate ? Cli.run("validate", file.toString())
          : Cli.run("run", file.toString(), "--replications", "1", "--threads", "1",
              "--set", "calendar.days=1", "--set", "calendar.warmup=0s");
      String where = "mutant " + i + ":\n" + mutant + "\n--- out:\n" + c.out() + "\n--- err:\n" + c.err();
      assertTrue(c.code() == 0 || c.code() == 2, "exit " + c.code() + " for " + where);
      assertTrue(c.noStackTrace(), "stack trace for " + where);
      if (c.code() == 2) {
        assertFalse(c.err().isBlank(), "exit 2 without a message for " + where);
        rejected++;
      } else {
        ran++;
      }
    }
    assertTrue(rejected > 50 && ran > 20, "a useful mix: " + ran + " accepted, " + rejected + " rejected");
  }

  static String mutate(String text, SplittableRandom rnd) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int kinds = 1 + rnd.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      int at = rnd.nextInt(lines.size());
      String line = lines.get(at);
      switch (rnd.nextInt(6)) {
        case 0 -> lines.remove(at); // delete a key
        case 1 -> { // replace a value with something of another type or an extreme number
          int colon = line.indexOf(": ");
          if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + REPLACEMENTS[rnd.nextInt(REPLACEMENTS.length)]);
          }
        }
        case 2 -> { // truncate the file
          return String.join("\n", lines.subList(0, at)) + (rnd.nextBoolean() ? line.substring(0, line.length() / 2) : "");
        }
        case 3 -> lines.set(at, line + " " + (char) (33 + rnd.nextInt(90))); // stray character
        case 4 -> lines.set(at, " " + line); // break the indentation
        default -> lines.add(at, line); // duplicate a line (duplicate key)
      }
      if (lines.isEmpty()) {
        return "";
      }
    }
    return String.join("\n", lines);
  }
}
