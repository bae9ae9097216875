package org.chatplan.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chatplan.engine.model.Scenario;
import org.chatplan.scenarios.check.ScenarioChecks;
import org.chatplan.scenarios.convert.ScenarioReader;
import org.chatplan.scenarios.load.Document;
import org.chatplan.scenarios.load.Locations;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.load.YamlDocuments;
import org.chatplan.scenarios.validate.Suggest;

/**
 * Turns a scenario file (YAML or JSON) into the engine's {@link Scenario}, or into the complete list
 * of what is wrong with it. No method throws for bad input: every failure, including an I/O error,
 * a syntax error or a rejected engine invariant, comes back as a {@link Problem}.
 *
 * <p>{@code settings} are {@code PATH=VALUE} overrides as given to {@code --set}; see
 * {@link ScenarioOverrides}.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /** Largest file read, in bytes. */
  public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

  public static LoadResult load(Path file) {
    return load(file, List.of());
  }

  public static LoadResult load(Path file, List<String> settings) {
    String label = String.valueOf(file);
    try {
      if (file == null || !Files.exists(file)) {
        return LoadResult.failed(List.of(Problem.error(label, "", "file does not exist: "
            + (file == null ? "(none)" : file.toAbsolutePath()))));
      }
      if (Files.isDirectory(file)) {
        return LoadResult.failed(List.of(Problem.error(label, "", "is a directory, not a scenario file")));
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        return LoadResult.failed(List.of(Problem.error(label, "", "the file has " + Files.size(file)
            + " bytes; a scenario file is at most " + MAX_FILE_BYTES)));
      }
      byte[] bytes = Files.readAllBytes(file);
      String wide = wideEncoding(bytes);
      if (wide != null) {
        return LoadResult.failed(List.of(Problem.error(label, "", "the file is " + wide + " text (it starts with a "
            + wide + " byte-order mark); save it as UTF-8")));
      }
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
      String text;
      try {
        // strict: new String(bytes, UTF_8) would silently turn a Latin-1 "é" into a replacement character
        text = StandardCharsets.UTF_8.newDecoder().decode(in).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return LoadResult.failed(List.of(new Problem(label, lineAt(bytes, in.position()), 0, "",
            Problem.Severity.ERROR, "the file is not UTF-8 text; save it as UTF-8 (an accented letter written "
                + "in another encoding, such as Latin-1, is the usual cause)")));
      }
      return parse(text, label, settings);
    } catch (java.nio.file.AccessDeniedException e) {
      return LoadResult.failed(List.of(Problem.error(label, "", "cannot read the file: permission denied")));
    } catch (IOException | RuntimeException e) {
      return LoadResult.failed(List.of(Problem.error(label, "", "cannot read the file: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()))));
    }
  }

  /** UTF-16 or UTF-32 by the byte-order mark the file starts with, or null. */
  private static String wideEncoding(byte[] b) {
    if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0))) {
      return "UTF-32";
    }
    if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      return "UTF-16";
    }
    return null;
  }

  /** The line (from 1) of byte {@code at}: where the decoder stopped, at the first byte that is not UTF-8. */
  private static int lineAt(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  public static LoadResult parse(String text, String fileLabel) {
    return parse(text, fileLabel, List.of());
  }

  public static LoadResult parse(String text, String fileLabel, List<String> settings) {
    try {
      YamlDocuments.Read read = YamlDocuments.read(text, fileLabel);
      if (read.document() == null) {
        return LoadResult.failed(read.problems().all());
      }
      return map(read.document(), read.problems(), settings);
    } catch (RuntimeException | StackOverflowError e) {
      return internal(fileLabel, e);
    }
  }

  /** Loads an already parsed tree (e.g. after {@link ScenarioOverrides#apply}); no line numbers. */
  public static LoadResult parse(JsonNode tree, String label) {
    try {
      Locations locations = new Locations();
      Problems problems = new Problems(label, locations);
      if (tree == null || !tree.isObject()) {
        problems.error("", "the top level must be a mapping of fields (name: ..., demand: ...)");
        return LoadResult.failed(problems.all());
      }
      return map(new Document(label, tree.deepCopy(), locations), problems, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      return internal(label, e);
    }
  }

  /**
   * A file when {@code fileOrBundledName} exists or looks like a path (contains a slash or ends in
   * .yaml, .yml or .json); otherwise the bundled scenario of that name.
   */
  public static LoadResult resolve(String fileOrBundledName) {
    return resolve(fileOrBundledName, List.of());
  }

  public static LoadResult resolve(String fileOrBundledName, List<String> settings) {
    String s = fileOrBundledName == null ? "" : fileOrBundledName.strip();
    try {
      if (looksLikePath(s) || Files.exists(Path.of(s)) && !s.isEmpty()) {
        return load(Path.of(s), settings);
      }
    } catch (InvalidPathException e) {
      return LoadResult.failed(List.of(Problem.error(s, "", "not a valid file name: " + e.getReason())));
    }
    if (ScenarioLibrary.names().contains(s)) {
      return parse(ScenarioLibrary.text(s), ScenarioLibrary.label(s), settings);
    }
    String hint = Suggest.hint(s, ScenarioLibrary.names());
    return LoadResult.failed(List.of(Problem.error(s, "", "no such file, and no bundled scenario is called \""
        + s + "\"" + (hint.isEmpty() ? "." : hint) + " Bundled scenarios: " + String.join(", ", ScenarioLibrary.names()))));
  }

  /** Contains a slash (either kind) or ends in .yaml, .yml or .json. */
  static boolean looksLikePath(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    return s.contains("/") || s.contains("\\") || lower.endsWith(".yaml") || lower.endsWith(".yml")
        || lower.endsWith(".json");
  }

  private static LoadResult map(Document doc, Problems problems, List<String> settings) {
    for (String setting : settings == null ? List.<String>of() : settings) {
      ScenarioOverrides.apply(doc, setting, problems);
    }
    Scenario scenario = ScenarioReader.read(doc, problems);
    if (scenario == null || problems.hasErrors()) {
      return LoadResult.failed(problems.all());
    }
    ScenarioChecks.run(scenario, problems);
    return new LoadResult(scenario, problems.all());
  }

  private static LoadResult internal(String label, Throwable e) {
    List<Problem> list = new ArrayList<>();
    list.add(Problem.error(label, "", "internal error while reading the scenario (" + e
        + "); please report it with the file"));
    return LoadResult.failed(list);
  }
}
