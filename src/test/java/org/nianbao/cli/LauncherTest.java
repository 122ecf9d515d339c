package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/bin/nianbao's class-data archive: made at first use, made again when the jar changes, and a
 * broken one neither fails a run nor says anything. The launcher runs in a copy of the checkout's
 * layout with a one-class jar, so that the test builds nothing and stays quick.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {
  @TempDir
  Path root;

  private Path jar;
  private Path archive;

  record Run(int status, String out, String err) {}

  @BeforeEach
  void checkoutWithAJar() throws Exception {
    Path launcher = root.resolve("src/bin/nianbao");
    Files.createDirectories(launcher.getParent());
    Files.copy(Path.of("src/bin/nianbao"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(root.resolve("src/main"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    jar = root.resolve("target/nianbao.jar");
    archive = root.resolve("target/nianbao.jsa");
    Files.createDirectories(jar.getParent());
    writeJar(jar);
    // the launcher puts nianbao's own jar first on the class path, and runs the main class by name
    Files.copy(jar, root.resolve("target/nianbao-start.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    // sources older than the jar: the launcher must not try to build
    Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(hourAgo));
    Files.setLastModifiedTime(root.resolve("src/main"), FileTime.from(hourAgo));
  }

  @Test
  void theFirstRunMakesTheArchiveAndSaysNothingAboutIt() throws Exception {
    Run run = launch("check", "report.txt");

    assertThat(run).isEqualTo(new Run(0, "arguments: check report.txt\n", ""));
    assertThat(archive).isRegularFile();
    assertThat(Files.size(archive)).isGreaterThan(1_000_000); // the classes, not an empty marker
  }

  @Test
  void aBrokenArchiveIsIgnoredSilentlyAndKeptUntilTheJarChanges() throws Exception {
    launch("rules");
    Files.delete(archive); // the JVM writes it read-only
    Files.writeString(archive, "not an archive");

    Run run = launch("check", "report.txt");

    assertThat(run).isEqualTo(new Run(0, "arguments: check report.txt\n", ""));
    assertThat(Files.readString(archive)).isEqualTo("not an archive");
  }

  @Test
  void aNewJarGetsANewArchive() throws Exception {
    launch("rules");
    Files.delete(archive);
    Files.writeString(archive, "the archive of the jar before");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(1, ChronoUnit.MINUTES)));

    Run run = launch("batch", "reports");

    assertThat(run).isEqualTo(new Run(0, "arguments: batch reports\n", ""));
    assertThat(Files.size(archive)).isGreaterThan(1_000_000);
  }

  private Run launch(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(root.resolve("src/bin/nianbao").toString()));
    command.addAll(List.of(args));
    Path out = root.resolve("out.txt");
    Path err = root.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A runnable jar whose main class prints its arguments. */
  private static void writeJar(Path jar) throws IOException, InterruptedException {
    Path sources = Files.createTempDirectory("launcher-test");
    try {
      Path source = sources.resolve("Main.java");
      Files.writeString(source, """
          package org.nianbao.cli;
          public class Main {
            public static void main(String[] args) {
              System.out.println("arguments: " + String.join(" ", args));
            }
          }
          """);
      Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
          "-d", sources.toString(), source.toString()).inheritIO().start();
      assertThat(javac.waitFor()).as("javac").isZero();
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.nianbao.cli.Main");
      try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
        out.putNextEntry(new JarEntry("org/nianbao/cli/Main.class"));
        out.write(Files.readAllBytes(sources.resolve("org/nianbao/cli/Main.class")));
        out.closeEntry();
      }
    } finally {
      try (var files = Files.walk(sources)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    assertThat(new String(Files.readAllBytes(jar), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }
}
