package org.chatplan.scenarios;

import static org.chatplan.scenarios.Fixtures.FILE;
import static org.chatplan.scenarios.Fixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors before any field is read: files, YAML syntax, document shape. */
class FileAndSyntaxErrorsTest {

  @TempDir Path dir;

  @Test void fileThatDoesNotExist() {
    Path missing = dir.resolve("nope.yaml");
    LoadResult r = ScenarioLoader.load(missing);
    assertFalse(r.ok());
    assertNull(r.scenario());
    Problem p = r.errors().get(0);
    assertEquals(missing.toString(), p.file());
    assertTrue(p.message().startsWith("file does not exist: "), p.message());
    assertTrue(p.message().contains(missing.toAbsolutePath().toString()));
    assertEquals(0, p.line());
    assertEquals(missing + ": error: file does not exist: " + missing.toAbsolutePath(), p.format());
  }

  @Test void resolveTreatsPathLikeNamesAsFiles() {
    LoadResult r = ScenarioLoader.resolve("no/such/dir/plan.yaml");
    assertTrue(r.errors().get(0).message().startsWith("file does not exist"), r.report());
    LoadResult r2 = ScenarioLoader.resolve("plan.yml");
    assertTrue(r2.errors().get(0).message().startsWith("file does not exist"), r2.report());
  }

  @Test void resolveLoadsAnExistingFile() throws IOException {
    Path f = dir.resolve("minimal");
    Files.writeString(f, Fixtures.MINIMAL);
    LoadResult r = ScenarioLoader.resolve(f.toString());
    assertTrue(r.ok(), r.report());
  }

  /** A Latin-1 byte is not silently turned into a replacement character. */
  @Test void textThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
    Path f = dir.resolve("latin1.yaml");
    byte[] head = "version: 1\nname: Caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE9; // "é" in Latin-1
    bytes[head.length + 1] = '\n';
    Files.write(f, bytes);
    LoadResult r = ScenarioLoader.load(f);
    assertFalse(r.ok());
    Problem p = r.errors().get(0);
    assertEquals(2, p.line());
    assertTrue(p.message().startsWith("the file is not UTF-8 text"), p.message());
    Files.writeString(f, Fixtures.MINIMAL.replace("name: Minimal", "# café, 東京\nname: Minimal"));
    assertTrue(ScenarioLoader.load(f).ok(), "UTF-8 text with accents loads");
  }

  /** UTF-16 (an editor's "Unicode" on Windows) is named as such, from either byte-order mark. */
  @Test void utf16IsNamed() throws IOException {
    for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_16BE,
        java.nio.charset.StandardCharsets.UTF_16LE}) {
      Path f = dir.resolve("utf16.yaml");
      Files.write(f, ("\uFEFF" + Fixtures.MINIMAL).getBytes(cs));
      LoadResult r = ScenarioLoader.load(f);
      assertEquals("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8",
          r.errors().get(0).message(), cs.name());
    }
    Path f = dir.resolve("utf32.yaml");
    Files.write(f, ("\uFEFF" + Fixtures.MINIMAL).getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
    assertTrue(ScenarioLoader.load(f).errors().get(0).message().startsWith("the file is UTF-32 text"));
  }

  /** JSON indented with tabs (jq --tab) is JSON, so it loads, though YAML refuses tabs there. */
  @Test void jsonIndentedWithTabsLoads() throws IOException {
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
        .readTree(Fixtures.MINIMAL);
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(tree);
    String tabbed = java.util.regex.Pattern.compile("(?m)^((?:  )+)")
        .matcher(json).replaceAll(m -> "\t".repeat(m.group(1).length() / 2));
    assertTrue(tabbed.contains("\n\t\t\""), tabbed);
    Path f = Files.writeString(dir.resolve("tabs.json"), tabbed);
    assertTrue(ScenarioLoader.load(f).ok(), ScenarioLoader.load(f).report());
    // YAML keeps its rule (a tab is never indentation there), with the hint
    LoadResult yaml = load(Fixtures.MINIMAL.replace("  serviceLevel", "\tserviceLevel"));
    assertTrue(yaml.errors().get(0).message().contains("indent with spaces, not tabs"), yaml.report());
  }

  @Test void directoryIsNotAScenario() {
    LoadResult r = ScenarioLoader.load(dir);
    assertTrue(r.errors().get(0).message().contains("is a directory"), r.report());
  }

  @Test void emptyFile() throws IOException {
    Path f = dir.resolve("empty.yaml");
    Files.writeString(f, "");
    LoadResult r = ScenarioLoader.load(f);
    Problem p = r.errors().get(0);
    assertEquals("", p.path());
    assertTrue(p.message().startsWith("the file is empty"), p.message());
  }

  @Test void fileWithOnlyComments() {
    LoadResult r = load("# nothing here\n# at all\n");
    assertTrue(r.errors().get(0).message().contains("no content"), r.report());
  }

  @Test void yamlSyntaxErrorCarriesParserPosition() {
    String text = "name: x\ncalendar: { start: 2027-03-01, days: [1, 2 }\n";
    LoadResult r = load(text);
    assertEquals(1, r.errors().size(), r.report());
    Problem p = r.errors().get(0);
    assertTrue(p.message().startsWith("YAML syntax error: "), p.message());
    assertEquals(2, p.line());
    assertTrue(p.column() > 0);
    assertFalse(p.message().contains("\n"), "one line");
  }

  @Test void badIndentationGetsAHint() {
    LoadResult r = load("name: x\n  calendar: 3\n");
    Problem p = r.errors().get(0);
    assertTrue(p.message().contains("mapping values are not allowed here"), p.message());
    assertTrue(p.message().contains("indentation"), p.message());
    assertEquals(2, p.line());
  }

  @Test void tabsGetAHint() {
    LoadResult r = load("name: x\ncalendar:\n\tdays: 3\n");
    assertTrue(r.errors().get(0).message().contains("spaces, not tabs"), r.report());
  }

  @Test void topLevelMustBeAMapping() {
    LoadResult r = load("- a\n- b\n");
    assertTrue(r.errors().get(0).message().startsWith("the top level must be a mapping"), r.report());
  }

  @Test void onlyOneDocumentPerFile() {
    LoadResult r = load(Fixtures.MINIMAL + "---\nname: second\n");
    Problem p = r.errors().get(0);
    assertTrue(p.message().contains("more than one YAML document"), p.message());
    assertEquals(22, p.line());
  }

  @Test void duplicateKeyIsAnError() {
    String text = Fixtures.with("name: Minimal\n", "name: Minimal\nname: Again\n");
    LoadResult r = load(text);
    Problem p = Fixtures.error(r, "name", "`name` appears twice (first on line 1)");
    assertEquals(2, p.line());
    assertEquals(1, p.column());
  }

  @Test void aliasWithoutAnchor() {
    LoadResult r = load(Fixtures.with("chatsPerWeek: 1000", "chatsPerWeek: *volume"));
    Fixtures.error(r, "demand.regions[0].chatsPerWeek", "alias *volume refers to no anchor");
  }

  @Test void aliasWithoutAnchorIsReportedOnceEvenForRequiredFields() {
    LoadResult r = load(Fixtures.with("start: 2027-03-01", "start: *day"));
    assertEquals(1, r.errors().size(), r.report());
    Fixtures.error(r, "calendar.start", "alias *day refers to no anchor");
  }

  @Test void anchorsAliasesAndMergeKeysWork() {
    String text = Fixtures.with("- { name: orders, share: 60, handleTime: { mean: 7m } }",
        "- { name: orders, share: 60, handleTime: &h { mean: 7m } }")
        .replace("handleTime: { mean: 9m }", "handleTime: { <<: *h, cv: 0.5 }");
    LoadResult r = load(text);
    assertTrue(r.ok(), r.report());
    assertEquals(420.0, r.scenario().demand().topics().get(1).handleTime().mean());
    assertEquals(0.5, r.scenario().demand().topics().get(1).handleTime().cv());
  }

  @Test void jsonIsAccepted() {
    String json = """
        {"name": "J", "calendar": {"start": "2027-03-01", "days": 1},
         "targets": {"serviceLevel": {"percent": 80, "within": "60s"}},
         "demand": {"topics": [{"name": "t", "share": 100, "handleTime": {"mean": "5m"}}],
                    "regions": [{"name": "r", "zone": "UTC", "chatsPerWeek": 100}]},
         "agents": {"sites": [{"name": "s", "hourlyCost": 10, "agents": 2}]}}
        """;
    LoadResult r = ScenarioLoader.parse(json, "plan.json");
    assertTrue(r.ok(), r.report());
  }

  @Test void problemsNameTheFileLabel() {
    LoadResult r = ScenarioLoader.parse("name: [", "weird name.yaml");
    assertTrue(r.errors().get(0).format().startsWith("weird name.yaml:"), r.report());
    assertEquals(FILE, load("- x").errors().get(0).file());
  }
}
