package org.chatplan.charts.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chatplan.charts.Fixtures;
import org.chatplan.charts.Images;
import org.chatplan.charts.chart.ServiceLevelChart;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartFilesTest {
  @TempDir Path dir;

  private static JFreeChart chart() {
    return ServiceLevelChart.create(Fixtures.result(), ZoneOffset.UTC);
  }

  @Test
  void pngFileHasTheAskedSizeAndNoTemporaryFileRemains() throws IOException {
    Path png = dir.resolve("sub/sl.png");
    ChartFiles.writePng(chart(), png, 640, 300);
    BufferedImage img = Images.decode(Files.readAllBytes(png));
    assertEquals(640, img.getWidth());
    assertEquals(300, img.getHeight());
    assertTrue(Images.distinctColours(img) > 40);
    assertEquals(List.of("sl.png"), names(png.getParent()));
  }

  @Test
  void svgIsWellFormedXmlWithTheAskedSize() throws Exception {
    Path svg = dir.resolve("sl.svg");
    ChartFiles.writeSvg(chart(), svg, 800, 400);
    Document doc = parse(Files.readAllBytes(svg));
    Element root = doc.getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals(800.0, Double.parseDouble(root.getAttribute("width")), 1e-9);
    assertEquals(400.0, Double.parseDouble(root.getAttribute("height")), 1e-9);
    assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 5, "title, labels and ticks are text");
    assertTrue(Files.readString(svg).contains("Service level per 30 min"));
    assertEquals(List.of("sl.svg"), names(dir));
  }

  @Test
  void svgDoesNotDependOnTheWallClock() {
    assertEquals(ChartFiles.svg(chart(), 300, 200), ChartFiles.svg(chart(), 300, 200));
  }

  @Test
  void pngBytesAreDeterministic() {
    assertArrayEquals(ChartFiles.pngBytes(chart(), 300, 200), ChartFiles.pngBytes(chart(), 300, 200));
  }

  @Test
  void overwritingReplacesTheFileWhole() throws IOException {
    Path png = dir.resolve("x.png");
    Files.writeString(png, "old");
    ChartFiles.writePng(chart(), png, 200, 100);
    assertEquals(200, Images.decode(Files.readAllBytes(png)).getWidth());
    assertEquals(List.of("x.png"), names(dir));
  }

  /**
   * Without replacing, a file that appeared while the content was produced (after the command's
   * up-front check) is left alone, and the temporary file goes.
   */
  @Test
  void withoutReplacingAFileThatAppearedMeanwhileIsKept() throws IOException {
    Path target = dir.resolve("result.json");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      Files.writeString(target, "someone else's");
      out.write('{');
    }, false));
    assertTrue(e.getMessage().contains("appeared while chatplan was working"), e.getMessage());
    assertEquals("someone else's", Files.readString(target));
    assertEquals(List.of("result.json"), names(dir));
    Path fresh = dir.resolve("fresh.json");
    AtomicFiles.writeString(fresh, "{}", false);
    assertEquals("{}", Files.readString(fresh));
    assertEquals(List.of("fresh.json", "result.json"), names(dir));
  }

  @Test
  void failedMoveLeavesTargetAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("busy");
    Files.createDirectories(target.resolve("child"));
    assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "new"));
    assertTrue(Files.isDirectory(target.resolve("child")), "target untouched");
    assertEquals(List.of("busy"), names(dir));
  }

  /**
   * Streamed content: a writer that fails halfway leaves the old file as it was and no temporary
   * file; one that closes the stream it was given still gets its bytes to disk.
   */
  @Test
  void streamedContentIsWrittenWhollyOrNotAtAll() throws IOException {
    Path f = dir.resolve("big.json");
    Files.writeString(f, "old");
    assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
      out.write("{\"half\":".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("old", Files.readString(f));
    assertEquals(List.of("big.json"), names(dir));
    AtomicFiles.write(f, out -> {
      for (int i = 0; i < 100_000; i++) {
        out.write('x');
      }
      out.close();
    });
    assertEquals(100_000, Files.size(f));
    assertEquals(List.of("big.json"), names(dir));
  }

  /** A new file gets what any new file gets here (the umask); a replaced one keeps its own mode. */
  @Test
  void permissionsFollowTheUmaskOrTheReplacedFile() throws IOException {
    if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return;
    }
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path f = dir.resolve("r.txt");
    AtomicFiles.writeString(f, "hello");
    assertEquals("hello", Files.readString(f));
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(f));
    Path secret = Files.writeString(dir.resolve("secret.json"), "old");
    Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.writeString(secret, "new");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
  }

  /** A link that leads nowhere, met on the way to the target, is the user's: a failed write keeps it. */
  @Test
  void aDanglingLinkOnTheWayIsNeverRemoved() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("results"), dir.resolve("unmounted").resolve("share"));
    assertThrows(IOException.class, () -> AtomicFiles.writeString(link.resolve("run.json"), "{}"));
    assertTrue(Files.isSymbolicLink(link), "the link is still there");
    assertEquals(List.of("results"), names(dir));
  }

  /** `link/../x` is x beside the link's target, as for every other program; long names fit. */
  @Test
  void pathsMeanWhatTheSystemMeans() throws IOException {
    Path deep = Files.createDirectories(dir.resolve("other").resolve("deep"));
    Path link = Files.createSymbolicLink(dir.resolve("deeplink"), deep);
    AtomicFiles.writeString(link.resolve("..").resolve("n.json"), "{}");
    assertTrue(Files.exists(dir.resolve("other").resolve("n.json")));
    assertFalse(Files.exists(dir.resolve("n.json")));
    String longName = "x".repeat(240) + ".json";
    AtomicFiles.writeString(dir.resolve(longName), "{}");
    assertTrue(Files.exists(dir.resolve(longName)));
  }

  @Test
  void absurdSizesAreRejectedWithTheSize() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChartFiles.pngBytes(chart(), 0, 10));
    assertTrue(e.getMessage().contains("0x10"), e.getMessage());
  }

  /** Parses without fetching anything: no DTD loading, no external entities. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void svgTextIsUtf8() {
    String svg = ChartFiles.svg(chart(), 300, 200);
    assertFalse(new String(svg.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).isEmpty());
    assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assertFalse(svg.contains("<!DOCTYPE"), "no DOCTYPE, so nothing to fetch");
  }
}
