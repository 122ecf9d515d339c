package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A README example kept in a test as an exact copy, between the comments README begin and README end. */
public final class ReadmeCopy {
  private ReadmeCopy() {}

  /**
   * The lines between {@code // README begin} and {@code // README end} of a test's source, without
   * the test's indentation (that of the begin comment): as the README shows them.
   */
  public static String of(String testSource) throws IOException {
    String source = Files.readString(Path.of(testSource));
    int begin = source.indexOf("// README begin\n");
    int indent = begin - source.lastIndexOf('\n', begin) - 1;
    String copy = source.substring(begin + "// README begin\n".length(),
        source.lastIndexOf('\n', source.indexOf("// README end")) + 1);
    return copy.lines().map(line -> line.length() >= indent ? line.substring(indent) : line)
        .reduce("", (a, b) -> a + b + "\n");
  }
}
