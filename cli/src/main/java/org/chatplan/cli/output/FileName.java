package org.chatplan.cli.output;

import java.io.File;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Converter for options that name an output file: a name ending with a slash names a folder, and a
 * Path would silently drop the slash (`--json results/` would write a file called `results`).
 */
public final class FileName implements CommandLine.ITypeConverter<Path> {
  @Override public Path convert(String value) {
    if (value.endsWith("/") || value.endsWith(File.separator)) {
      throw new CommandLine.TypeConversionException("'" + value + "' names a folder (it ends with a slash); "
          + "give a file name in it, e.g. " + value + "result");
    }
    return Path.of(value);
  }
}
