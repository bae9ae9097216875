package org.chatplan.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random damage to scenario text: deleted keys, swapped types, extreme numbers, truncation, noise. */
final class Mutator {
  private static final String[] VALUES = {"1e308", "-1", "0", "1e999", "-0.0", "abc", "[1, 2]", "{ a: 1 }", "",
      "true", "no", "\"25:00\"", "1.5", "99999999999", ".inf", "~", "\"x\"", "8", "90s", "2d", "[]", "{}",
      "ALL", "exponential", "*nothing", "&a 3", "[MON, FUNDAY]", "24h", "-3m", "0.0001", "100", "101"};
  private static final String NOISE = ":{}[]-#&*!|>'\"\t\n%@`,?~ xyz019";

  private final Random random;

  Mutator(long seed) {
    random = new Random(seed);
  }

  String mutate(String text) {
    String out = text;
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds; i++) {
      out = once(out);
    }
    return out;
  }

  private String once(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int n = lines.size();
    int at = random.nextInt(Math.max(1, n));
    switch (random.nextInt(9)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.set(at, replaceValue(lines.get(at)));
      case 2 -> {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case 3 -> {
        int pos = random.nextInt(text.length() + 1);
        StringBuilder noise = new StringBuilder();
        for (int k = 0, len = 1 + random.nextInt(4); k < len; k++) {
          noise.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return text.substring(0, pos) + noise + text.substring(pos);
      }
      case 4 -> {
        int other = random.nextInt(Math.max(1, n));
        String tmp = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, tmp);
      }
      case 5 -> lines.add(at, lines.get(at));
      case 6 -> lines.set(at, (random.nextBoolean() ? "  " : "") + lines.get(at).replaceFirst("^  ", ""));
      case 7 -> lines.set(at, renameKey(lines.get(at)));
      default -> lines.set(at, replaceNumber(lines.get(at)));
    }
    return String.join("\n", lines);
  }

  private String replaceValue(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line + " " + VALUES[random.nextInt(VALUES.length)];
    }
    int end = line.indexOf(',', colon);
    String value = VALUES[random.nextInt(VALUES.length)];
    return end < 0 || random.nextBoolean() ? line.substring(0, colon + 2) + value
        : line.substring(0, colon + 2) + value + line.substring(end);
  }

  private String replaceNumber(String line) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(line);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return line;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    String[] extremes = {"1e308", "0", "-1", "1e-300", "4294967296", "3.5", "100000"};
    return line.substring(0, s[0]) + extremes[random.nextInt(extremes.length)] + line.substring(s[1]);
  }

  private String renameKey(String line) {
    int colon = line.indexOf(':');
    int start = 0;
    while (start < colon && !Character.isLetter(line.charAt(start))) {
      start++;
    }
    if (colon - start < 2) {
      return line;
    }
    int pos = start + random.nextInt(colon - start);
    return line.substring(0, pos) + (char) ('a' + random.nextInt(26)) + line.substring(pos + 1);
  }
}
