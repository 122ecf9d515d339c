package org.nianbao.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain {@code check FILE...} command line, read without picocli. picocli builds its model of a
 * command from the annotations by reflection at every start (annotation proxies, method handles),
 * which cost a short check more CPU than the JVM's own start; the common invocation needs none of
 * it. Whatever this reading does not fully understand (help, a typo, an option it does not take, a
 * value in another case, an {@code @file}) is left to picocli, which says what is wrong in its own
 * words: this class never reports an error itself, so the two readings cannot differ in one.
 */
final class QuickCheck {
  private QuickCheck() {}

  /**
   * The check {@code args} ask for, with every option set as picocli would set it; or {@code null}
   * when picocli must read them.
   */
  static CheckCommand parse(String[] args) {
    if (args.length < 2 || !args[0].equals("check")) {
      return null;
    }
    CheckCommand check = new CheckCommand();
    check.format = CheckCommand.Format.text;
    check.language = Language.zh;
    check.failOn = CheckCommand.FailOn.error;
    check.rules = new RuleOptions();
    check.files = new ArrayList<>();
    Set<String> given = new HashSet<>();
    try {
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (arg.isEmpty() || arg.charAt(0) == '@') {
          return null; // an @file picocli expands; an empty name picocli's own way
        }
        if (arg.equals("-") || arg.charAt(0) != '-') {
          check.files.add(Path.of(arg));
          continue;
        }
        if (arg.equals("-v") || arg.equals("--verbose")) {
          if (!given.add("--verbose")) {
            return null;
          }
          check.verbose = true;
          continue;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        String value;
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return null;
        }
        if (value.isEmpty() || value.charAt(0) == '-') {
          return null; // a missing value or another option in its place
        }
        if (!name.equals("--disable") && !given.add(name)) {
          return null; // given twice: picocli says so
        }
        switch (name) {
          case "--format" -> check.format = exact(CheckCommand.Format.values(), value);
          case "--lang" -> check.language = exact(Language.values(), value);
          case "--fail-on" -> check.failOn = exact(CheckCommand.FailOn.values(), value);
          case "--previous" -> check.previous = Path.of(value);
          case "--unit" -> check.unit = value;
          case "--year" -> check.year = value.matches("[1-9][0-9]{0,8}") ? Integer.valueOf(value) : null;
          case "--disable" -> check.rules.disabled.add(value);
          default -> {
            return null;
          }
        }
        if (check.format == null || check.language == null || check.failOn == null
            || name.equals("--year") && check.year == null) {
          return null;
        }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return check.files.isEmpty() ? null : check;
  }

  /** The constant named exactly {@code name}, or null: another spelling is picocli's to read or refuse. */
  private static <E extends Enum<E>> E exact(E[] constants, String name) {
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }
}
