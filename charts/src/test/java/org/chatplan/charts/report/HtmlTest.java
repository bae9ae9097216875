package org.chatplan.charts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void scriptTagIsEscaped() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
  }

  @Test
  void ampersandAndBothQuotesAreEscaped() {
    assertEquals("&amp;&quot;&#39;", Html.escape("&\"'"));
  }

  @Test
  void entitiesAreEscapedAgainNotTrusted() {
    assertEquals("&amp;lt;", Html.escape("&lt;"));
  }

  @Test
  void attributeBreakoutIsDefused() {
    assertEquals("x&quot; onerror=&quot;alert(1)", Html.escape("x\" onerror=\"alert(1)"));
  }

  @Test
  void nullIsEmptyAndPlainTextAndUnicodeStay() {
    assertEquals("", Html.escape(null));
    assertEquals("São Paulo – 北京 ±", Html.escape("São Paulo – 北京 ±"));
  }
}
