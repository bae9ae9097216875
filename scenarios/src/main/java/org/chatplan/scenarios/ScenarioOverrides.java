package org.chatplan.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chatplan.scenarios.load.Describe;
import org.chatplan.scenarios.load.Document;
import org.chatplan.scenarios.load.Locations;
import org.chatplan.scenarios.load.Problems;
import org.chatplan.scenarios.load.YamlDocuments;
import org.chatplan.scenarios.validate.Suggest;

/**
 * {@code --set PATH=VALUE} overrides, applied to the parsed tree before it is mapped.
 *
 * <p>PATH uses the field paths of error messages: {@code agents.sites[0].maxConcurrency},
 * {@code bot.enabled}, {@code demand.regions[*].chatsPerWeek} ({@code [*]}: every element),
 * {@code agents.sites[manila].maxConcurrency} (the element with that name). Missing mappings on the
 * way are created (so {@code bot.enabled=false} works without a bot section); list elements are not.
 * VALUE is read as a YAML scalar ({@code 3}, {@code true}, {@code 8m}, {@code "08:00"},
 * {@code [MON, TUE]}); {@code x1.2} multiplies the current value instead: a number (whole numbers
 * stay whole, rounded), a duration such as {@code 8m} (keeping its unit) or a distribution's mean.
 */
public final class ScenarioOverrides {
  private ScenarioOverrides() {}

  private static final Pattern FACTOR = Pattern.compile("x\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)");
  private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*[0-9.].*");
  private static final Pattern DURATION = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*([smhd])\\s*");

  /**
   * Applies one override to YAML text and returns the new text (comments are not kept).
   *
   * @throws IllegalArgumentException with a one-line message when the text, path or value is unusable
   */
  public static String applyToText(String yamlText, String path, String value) {
    YamlDocuments.Read read = YamlDocuments.read(yamlText, "scenario");
    if (read.document() == null || read.problems().hasErrors()) {
      throw new IllegalArgumentException(read.problems().all().isEmpty() ? "unreadable scenario text"
          : read.problems().all().get(0).format());
    }
    List<Problem> problems = apply(read.document().root(), path, value);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).format());
    }
    return YamlDocuments.write(read.document().root());
  }

  /** Applies one override to a tree in place; returns the problems (empty when it worked). */
  public static List<Problem> apply(JsonNode root, String path, String value) {
    Problems problems = new Problems("--set", new Locations());
    apply(root, path, value, problems, null);
    return problems.all();
  }

  /** Applies {@code PATH=VALUE} to a document, reporting problems as coming from that setting. */
  static void apply(Document doc, String setting, Problems problems) {
    int eq = setting == null ? -1 : setting.indexOf('=');
    if (eq <= 0) {
      problems.add(Problem.error("--set " + setting, "", "expected PATH=VALUE, e.g. agents.sites[0].maxConcurrency=3"));
      return;
    }
    String path = setting.substring(0, eq).strip();
    String value = setting.substring(eq + 1).strip();
    Problems local = new Problems("--set " + setting, new Locations());
    List<String> touched = new ArrayList<>();
    apply(doc.root(), path, value, local, touched);
    local.all().forEach(problems::add);
    for (String t : touched) {
      doc.locations().markOverride(t, setting);
    }
  }

  private static void apply(JsonNode root, String path, String value, Problems problems, List<String> touched) {
    OverridePath parsed;
    try {
      parsed = OverridePath.parse(path);
    } catch (IllegalArgumentException e) {
      problems.error("", e.getMessage());
      return;
    }
    if (value != null && PLUS.matcher(value).matches()) {
      // YAML reads "+5" as 5: a manager asking for five more agents would get five in all.
      problems.error(path, "\"" + value.strip() + "\" would set " + value.strip().substring(1).strip()
          + ", not add it: a value is set as written; give the new value (e.g. 13), or xF to scale the current one (e.g. x1.5)");
      return;
    }
    Matcher factor = FACTOR.matcher(value == null ? "" : value.strip());
    BigDecimal multiply = factor.matches() ? new BigDecimal(factor.group(1)) : null;
    JsonNode newValue = multiply == null ? YamlDocuments.scalar(value) : null;
    walk(root, parsed.steps(), 0, "", multiply, newValue, problems, touched == null ? new ArrayList<>() : touched);
  }

  private static void walk(JsonNode node, List<OverridePath.Step> steps, int i, String at, BigDecimal factor,
      JsonNode value, Problems problems, List<String> touched) {
    OverridePath.Step step = steps.get(i);
    boolean last = i == steps.size() - 1;
    if (step instanceof OverridePath.Key k) {
      if (!(node instanceof ObjectNode obj)) {
        problems.error(at, "is " + Describe.node(node) + ", not a mapping; it has no field `" + k.name() + "`");
        return;
      }
      String child = at.isEmpty() ? k.name() : at + "." + k.name();
      JsonNode current = obj.get(k.name());
      if (last) {
        JsonNode result = factor == null ? value : multiply(current, factor, child, problems);
        if (result != null) {
          obj.set(k.name(), result);
          touched.add(child);
        }
        return;
      }
      if (current == null || current.isNull()) {
        if (factor != null || !(steps.get(i + 1) instanceof OverridePath.Key)) {
          List<String> names = new ArrayList<>();
          obj.fieldNames().forEachRemaining(names::add);
          problems.error(child, "does not exist in the scenario, so there is nothing to " + (factor != null
              ? "multiply" : "index") + Suggest.hint(k.name(), names));
          return;
        }
        current = JsonNodeFactory.instance.objectNode();
        obj.set(k.name(), current);
        touched.add(child); // a section the file does not have: its problems are the setting's
      }
      walk(current, steps, i + 1, child, factor, value, problems, touched);
      return;
    }
    if (!(node instanceof ArrayNode arr)) {
      problems.error(at, "is " + Describe.node(node) + ", not a list; [..] selects list elements");
      return;
    }
    List<Integer> indexes = new ArrayList<>();
    if (step instanceof OverridePath.Index idx) {
      if (idx.index() >= arr.size()) {
        problems.error(at, "has " + arr.size() + " elements; index " + idx.index() + " is past the end (indexes start at 0)");
        return;
      }
      indexes.add(idx.index());
    } else if (step instanceof OverridePath.Named named) {
      for (int j = 0; j < arr.size(); j++) {
        if (named.name().equals(arr.get(j).path("name").asText(null))) {
          indexes.add(j);
        }
      }
      if (indexes.isEmpty()) {
        problems.error(at, "has no element named `" + named.name() + "`");
        return;
      }
    } else {
      for (int j = 0; j < arr.size(); j++) {
        indexes.add(j);
      }
    }
    for (int j : indexes) {
      String child = at + "[" + j + "]";
      if (last) {
        JsonNode result = factor == null ? value : multiply(arr.get(j), factor, child, problems);
        if (result != null) {
          arr.set(j, result);
          touched.add(child);
        }
      } else {
        walk(arr.get(j), steps, i + 1, child, factor, value, problems, touched);
      }
    }
  }

  /** The current value times {@code f}; null after reporting when it cannot be multiplied. */
  private static JsonNode multiply(JsonNode current, BigDecimal f, String at, Problems problems) {
    try {
      return multiplyOrReport(current, f, at, problems);
    } catch (ArithmeticException | NumberFormatException e) {
      problems.error(at, Describe.node(current) + " times " + f.toPlainString() + " is out of range");
      return null;
    }
  }

  private static JsonNode multiplyOrReport(JsonNode current, BigDecimal f, String at, Problems problems) {
    if (current != null && current.isNumber()) {
      BigDecimal v = new BigDecimal(current.asText()).multiply(f);
      return current.isIntegralNumber() ? LongNode.valueOf(v.setScale(0, RoundingMode.HALF_UP).longValueExact())
          : DoubleNode.valueOf(v.doubleValue());
    }
    if (current != null && current.isTextual()) {
      Matcher d = DURATION.matcher(current.asText());
      if (d.matches()) {
        BigDecimal v = new BigDecimal(d.group(1)).multiply(f).stripTrailingZeros();
        return TextNode.valueOf(v.toPlainString() + d.group(2));
      }
    }
    if (current instanceof ObjectNode obj && obj.has("mean")) {
      JsonNode mean = multiply(obj.get("mean"), f, at + ".mean", problems);
      if (mean == null) {
        return null;
      }
      ObjectNode copy = obj.deepCopy();
      copy.set("mean", mean);
      return copy;
    }
    problems.error(at, "is " + Describe.node(current) + "; x" + f.toPlainString()
        + " multiplies a number, a duration such as 8m, or a distribution's mean");
    return null;
  }

  /**
   * Expands a sweep spec into values: {@code 1..5} gives 1, 2, 3, 4, 5; {@code 10..30:5} gives 10,
   * 15, 20, 25, 30; {@code x0.8..x1.4} gives x0.8, x0.9, ..., x1.4 (step 0.1, or {@code :0.2});
   * {@code 5m..8m} gives 5m, 6m, 7m, 8m; {@code true,false} and other comma lists are split (each
   * part may itself be a range). A value starting with {@code [} or {@code {} is taken whole.
   *
   * @throws IllegalArgumentException with a one-line message for a malformed or too long spec
   */
  public static List<String> expandValues(String spec) {
    return ValueRanges.expand(spec);
  }
}
