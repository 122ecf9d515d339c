package org.nianbao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The README's code kept as exact copies in tests, between {@code // README begin} and {@code // README end}. */
public final class ReadmeCopies {
  private ReadmeCopies() {}

  /** The copy in a test's source, as the README shows it: without the test's indentation. */
  public static String copy(Path testSource) throws IOException {
    String source = Files.readString(testSource);
    int begin = source.indexOf("// README begin\n") + "// README begin\n".length();
    int end = source.lastIndexOf('\n', source.indexOf("// README end")) + 1;
    String indent = source.substring(source.lastIndexOf('\n', begin - 2) + 1, begin - "// README begin\n".length());
    return source.substring(begin, end).lines()
        .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
        .reduce("", (a, b) -> a + b + "\n");
  }
}
