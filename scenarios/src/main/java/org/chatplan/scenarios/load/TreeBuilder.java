package org.chatplan.scenarios.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.chatplan.scenarios.Problem;
import org.chatplan.scenarios.Problem.Severity;

/**
 * Builds a Jackson tree from a YAML token stream while recording where every path was written.
 * Differences from Jackson's own tree reader, all in the planner's favour: a duplicate key is an
 * error instead of "last one wins"; {@code yes}/{@code no}/{@code on}/{@code off} stay text (YAML 1.2
 * booleans are only {@code true}/{@code false}, so a language code {@code no} stays "no"); anchors and
 * aliases ({@code &x}, {@code *x}) and merge keys ({@code <<: *x}) are resolved; a number Jackson
 * cannot decode ({@code .inf}) stays text so that the validator can say what is wrong with it.
 */
final class TreeBuilder {
  /** Upper bound on nodes, aliases included, so that alias bombs cannot exhaust memory. */
  static final int MAX_NODES = 200_000;

  private final JsonParser parser;
  private final Locations locations;
  private final Problems problems;
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private int nodes;

  TreeBuilder(JsonParser parser, Locations locations, Problems problems) {
    this.parser = parser;
    this.locations = locations;
    this.problems = problems;
  }

  /** Reads the value at the current token (which must not be null) into a node. */
  JsonNode value(String path) throws IOException {
    if (++nodes > MAX_NODES) {
      throw new TooLarge();
    }
    JsonToken t = parser.currentToken();
    locations.putValue(path, here());
    String anchor = parser instanceof YAMLParser y ? y.getCurrentAnchor() : null;
    JsonNode node = switch (t) {
      case START_OBJECT -> object(path);
      case START_ARRAY -> array(path);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number();
      case VALUE_TRUE, VALUE_FALSE -> bool(t);
      case VALUE_NULL -> NullNode.getInstance();
      case VALUE_STRING -> isAlias() ? alias(path, parser.getText()) : TextNode.valueOf(parser.getText());
      default -> TextNode.valueOf(String.valueOf(parser.getText()));
    };
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private boolean isAlias() {
    return parser instanceof YAMLParser y && y.isCurrentAlias();
  }

  private ObjectNode object(String path) throws IOException {
    ObjectNode obj = JsonNodeFactory.instance.objectNode();
    Map<String, Location> seen = new HashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Location keyAt = here();
      String child = path.isEmpty() ? key : path + "." + key;
      parser.nextToken();
      if ("<<".equals(key)) {
        merge(obj, value(child), path, keyAt);
        continue;
      }
      Location first = seen.putIfAbsent(key, keyAt);
      if (first != null) {
        report(child, keyAt, "`" + key + "` appears twice (first on line " + first.line()
            + "); keep one, the later would silently replace the earlier");
        value(child + "#dup");
        continue;
      }
      locations.putKey(child, keyAt);
      obj.set(key, value(child));
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IOException("unexpected " + t + " in a mapping");
    }
    return obj;
  }

  private ArrayNode array(String path) throws IOException {
    ArrayNode arr = JsonNodeFactory.instance.arrayNode();
    JsonToken t;
    int i = 0;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IOException("unexpected end of a list");
      }
      arr.add(value(path + "[" + i++ + "]"));
    }
    return arr;
  }

  private JsonNode number() throws IOException {
    String raw = parser.getText();
    try {
      return switch (parser.getNumberType()) {
        case INT, LONG -> LongNode.valueOf(parser.getLongValue());
        case BIG_INTEGER -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
        default -> DoubleNode.valueOf(parser.getDoubleValue());
      };
    } catch (IOException | RuntimeException e) {
      return TextNode.valueOf(raw);
    }
  }

  private JsonNode bool(JsonToken t) throws IOException {
    String raw = parser.getText();
    if ("true".equalsIgnoreCase(raw) || "false".equalsIgnoreCase(raw)) {
      return BooleanNode.valueOf(t == JsonToken.VALUE_TRUE);
    }
    return TextNode.valueOf(raw);
  }

  private JsonNode alias(String path, String name) {
    JsonNode target = anchors.get(name);
    if (target == null) {
      report(path, here(), "alias *" + name + " refers to no anchor &" + name + " written before it");
      problems.settle(path);
      return NullNode.getInstance();
    }
    nodes += count(target);
    if (nodes > MAX_NODES) {
      throw new TooLarge();
    }
    return target.deepCopy();
  }

  private void merge(ObjectNode into, JsonNode from, String path, Location at) {
    if (!from.isObject()) {
      report(path, at, "`<<` merges a mapping into this one; the *alias after it must name a mapping");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!into.has(e.getKey())) {
        into.set(e.getKey(), e.getValue().deepCopy());
        locations.putKey(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), at);
      }
    }
  }

  private void report(String path, Location at, String message) {
    problems.add(new Problem(problems.file(), at.line(), at.column(), path, Severity.ERROR, message));
  }

  private static int count(JsonNode n) {
    int c = 1;
    for (JsonNode child : n) {
      c += count(child);
    }
    return c;
  }

  private Location here() {
    JsonLocation l = parser.currentTokenLocation();
    return new Location(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  /** Thrown when the document has more than {@link #MAX_NODES} nodes. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }
}
