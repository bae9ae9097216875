package org.chatplan.scenarios.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.StringJoiner;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.Problem.Severity;
import org.yaml.snakeyaml.LoaderOptions;

/** Turns scenario text (YAML or JSON) into a {@link Document}, reporting syntax errors as problems. */
public final class YamlDocuments {
  /** Longest text accepted, in characters; a scenario is a few kilobytes. */
  public static final int MAX_CHARS = 5_000_000;

  private YamlDocuments() {}

  /** The outcome of reading: a document (null when the text is unusable) and the problems found. */
  public record Read(Document document, Problems problems) {
  }

  /** Reads one scenario document; never throws. */
  public static Read read(String text, String label) {
    Locations locations = new Locations();
    Problems problems = new Problems(label, locations);
    if (text == null || text.isBlank()) {
      problems.error("", "the file is empty; a scenario needs at least name, calendar, targets, demand and agents");
      return new Read(null, problems);
    }
    if (text.length() > MAX_CHARS) {
      problems.error("", "the file has " + text.length() + " characters; a scenario is at most " + MAX_CHARS);
      return new Read(null, problems);
    }
    String body = jsonTabsAsSpaces(text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
    try (JsonParser p = factory().createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.error("", "the file has no content (only comments?); a scenario needs at least name, "
            + "calendar, targets, demand and agents");
        return new Read(null, problems);
      }
      JsonNode root = new TreeBuilder(p, locations, problems).value("");
      if (p.nextToken() != null) {
        problems.add(at(label, p.currentTokenLocation(), "the file holds more than one YAML document "
            + "(a second one starts here after ---); keep one scenario per file"));
      }
      if (!root.isObject()) {
        problems.error("", "the top level must be a mapping of fields (name: ..., demand: ...), not "
            + Describe.node(root));
        return new Read(null, problems);
      }
      return new Read(new Document(label, root, locations), problems);
    } catch (JsonProcessingException e) {
      problems.add(at(label, e.getLocation(), "YAML syntax error: " + syntaxMessage(e.getOriginalMessage())));
    } catch (TreeBuilder.TooLarge e) {
      problems.error("", "the document has more than " + TreeBuilder.MAX_NODES
          + " values (an alias expanding too far?); a scenario is far smaller");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      problems.error("", "could not read the YAML: " + oneLine(e.getMessage()));
    }
    return new Read(null, problems);
  }

  /**
   * JSON is YAML, except that YAML refuses tabs where JSON allows them as white space (files from
   * {@code jq --tab} or an editor's JSON formatter). A document that starts as a JSON object gets
   * its tabs as spaces: a tab cannot stand inside a JSON string, and lines and columns stay.
   */
  static String jsonTabsAsSpaces(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        return text.replace('\t', ' ');
      }
      if (!Character.isWhitespace(c)) {
        return text;
      }
    }
    return text;
  }

  /** Parses a {@code --set} value as a YAML scalar or flow collection; text when it is not YAML. */
  public static JsonNode scalar(String valueText) {
    if (valueText == null || valueText.isEmpty()) {
      return NullNode.getInstance();
    }
    Read r = read("v: " + valueText, "--set");
    if (r.document() == null || r.problems().hasErrors()) {
      return TextNode.valueOf(valueText);
    }
    JsonNode v = r.document().root().get("v");
    return v == null ? NullNode.getInstance() : v;
  }

  /** Writes a tree back as YAML (comments and layout are not kept). */
  public static String write(JsonNode root) {
    try {
      YAMLMapper mapper = YAMLMapper.builder()
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .build();
      return mapper.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("could not write YAML: " + e.getMessage(), e);
    }
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS + 16);
    options.setNestingDepthLimit(40);
    options.setMaxAliasesForCollections(100);
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  private static Problem at(String label, JsonLocation loc, String message) {
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    return new Problem(label, line, col, "", Severity.ERROR, message);
  }

  /** SnakeYAML messages span lines with an excerpt and a caret; keep the sentences, add a hint. */
  static String syntaxMessage(String raw) {
    if (raw == null || raw.isBlank()) {
      return "the text is not valid YAML";
    }
    StringJoiner parts = new StringJoiner("; ");
    for (String line : raw.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in 'reader'")) {
        parts.add(line.trim());
      }
    }
    String msg = parts.length() == 0 ? oneLine(raw) : parts.toString();
    if (msg.startsWith("Expected a field name")) {
      return "a key must be plain text such as `name:`, not a list or a mapping";
    }
    if (msg.contains("'\\t'") || msg.contains("\\t(TAB)")) {
      msg += "; indent with spaces, not tabs";
    } else if (msg.contains("mapping values are not allowed")) {
      msg += "; check this line's indentation, or quote a value that contains \": \"";
    } else if (msg.contains("could not find expected ':'")) {
      msg += "; each field is written `key: value`";
    }
    return msg;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown cause";
    }
    String first = s.strip().split("\\R", 2)[0];
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
