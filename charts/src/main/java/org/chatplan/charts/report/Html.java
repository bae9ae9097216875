package org.chatplan.charts.report;

import java.util.Base64;

/** Tiny HTML helpers. Everything not written by this module goes through {@link #escape}. */
public final class Html {
  private Html() {}

  /**
   * Text made safe for HTML element content and quoted attribute values: {@code & < > " '} become
   * entities; null becomes the empty string. Safe for both single- and double-quoted attributes.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code <tag>escaped text</tag>}. */
  static String el(String tag, String text) {
    return "<" + tag + ">" + escape(text) + "</" + tag + ">";
  }

  /** An inline PNG image; {@code alt} is escaped. */
  static String png(byte[] png, int width, int height, String alt) {
    return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" width=\""
        + width + "\" height=\"" + height + "\" alt=\"" + escape(alt) + "\">";
  }

  /** The page shell: doctype, charset, title, inline style sheet, then {@code body} as given. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
        + body + "</body>\n</html>\n";
  }

  private static final String STYLE = """
      body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
             max-width: 1080px; margin: 0 auto; padding: 16px 24px 48px; line-height: 1.45; }
      h1 { font-size: 1.7em; margin-bottom: 0.2em; }
      h2 { border-bottom: 2px solid #0072B2; padding-bottom: 4px; margin-top: 2em; }
      h3 { margin-top: 1.5em; }
      nav a { margin-right: 1em; color: #0072B2; }
      th a { color: inherit; text-decoration: none; }
      th a:hover { text-decoration: underline; }
      .lead { font-size: 1.1em; color: #333; white-space: pre-wrap; }
      .facts { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
      .facts dt { font-weight: bold; }
      .facts dd { margin: 0; }
      table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.92em; }
      caption { text-align: left; color: #555; padding-bottom: 4px; }
      th, td { border: 1px solid #ccc; padding: 3px 8px; vertical-align: top; }
      th { background: #f2f2f2; text-align: left; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .hw, .n { color: #666; font-size: 0.9em; }
      .best { font-weight: bold; background: #e6f2ea; }
      .note { color: #555; font-style: italic; }
      figure { margin: 16px 0 28px; }
      figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
      figcaption { color: #444; font-size: 0.92em; margin-top: 4px; }
      pre { background: #f7f7f7; border: 1px solid #ddd; padding: 12px; overflow-x: auto; font-size: 0.88em; }
      dl.defs dt { font-weight: bold; margin-top: 8px; }
      dl.defs dd { margin-left: 1.5em; }
      code { background: #f2f2f2; padding: 0 3px; }
      """;
}
