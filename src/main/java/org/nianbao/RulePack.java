package org.nianbao;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nianbao.internal.rulepack.PackError;
import org.nianbao.internal.rulepack.PackLoader;

/**
 * Local rules as data: a YAML or JSON file ({@code schema/rulepack.schema.json}) of rules whose
 * conditions are expressions of the Common Expression Language (CEL), each compiled and
 * type-checked when the pack is loaded. Add its rules to a validator with {@link
 * ReportValidator.Builder#rules(RulePack)}; their findings are like the built-in rules'.
 *
 * <pre>{@code
 * RulePack pack = RulePack.load(Path.of("jiangsu.yaml"));
 * ReportValidator validator = ReportValidator.builder().rules(pack).build();
 * }</pre>
 *
 * <p>An expression sees the report through {@code cell("/pointer")} (a number), {@code
 * sum(["/a", "/b"])}, {@code known}, {@code blank}, {@code na}, {@code cell("/pointer", 0.0)},
 * {@code prev("/pointer")} (last year's cell), the variables {@code unit}, {@code level}
 * ({@code township}, {@code county}, {@code city}, {@code provincial}, or {@code ""}), {@code
 * year}, {@code edition}, {@code report} and {@code previous} (the canonical JSON, {@code previous}
 * null when last year's report is not given), and {@code text.section(6)} / {@code
 * text.contains("…")}. A cell without a value (blank, unreadable, or for {@code cell} and {@code
 * prev} not applicable) stops the expression with no verdict: the rule neither passes nor fails,
 * unless the expression asks about it with {@code known}, {@code blank} or {@code na}.
 *
 * <p>CEL is an optional dependency ({@code dev.cel:cel}): a program that loads packs needs it on
 * its class path, and it is loaded only when a pack is. On the module path, {@code org.nianbao}
 * reads CEL from the class path with {@code --add-reads org.nianbao=ALL-UNNAMED}. YAML packs need
 * {@code jackson-dataformat-yaml} too; JSON packs do not.
 *
 * <p>A pack is immutable and thread-safe; its expressions are compiled once, when it is loaded.
 */
public final class RulePack {
  private final String name;
  private final String version;
  private final String source;
  private final List<LocalRule> rules;

  private RulePack(String name, String version, String source, List<LocalRule> rules) {
    this.name = name;
    this.version = version;
    this.source = source;
    this.rules = rules;
  }

  /**
   * Loads a pack file: YAML, or JSON when it opens with a brace. At most 1 MiB, in UTF-8.
   *
   * @param file the pack
   * @return the pack, every expression compiled and checked against the templates
   * @throws RulePackException naming the file, the line and column, the rule and what is wrong
   */
  public static RulePack load(Path file) throws RulePackException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > PackLoader.MAX_BYTES) {
        throw new RulePackException(source + ": larger than a pack may be (" + PackLoader.MAX_BYTES / 1024
            + " KiB)", source, null, 0, 0);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RulePackException(source + ": cannot read the pack: " + e.getMessage(), source, null, 0, 0);
    }
    if (bytes.length > PackLoader.MAX_BYTES) {
      throw new RulePackException(source + ": larger than a pack may be (" + PackLoader.MAX_BYTES / 1024
          + " KiB)", source, null, 0, 0);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new RulePackException(source + ": not UTF-8 text", source, null, 0, 0);
    }
    return load(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
  }

  /**
   * Loads a pack from its text.
   *
   * @param text the pack, YAML or JSON
   * @param source the name to give it in messages, e.g. its file name
   * @return the pack, every expression compiled and checked against the templates
   * @throws RulePackException naming the source, the line and column, the rule and what is wrong
   */
  public static RulePack load(String text, String source) throws RulePackException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    try {
      PackLoader.Loaded loaded = PackLoader.load(text, source);
      return new RulePack(loaded.name(), loaded.version(), source, loaded.rules());
    } catch (PackError e) {
      throw new RulePackException(e.getMessage(), e.source(), e.ruleId(), e.line(), e.column());
    }
  }

  /**
   * The pack's name, as it gives it.
   *
   * @return the name, e.g. {@code jiangsu-local}
   */
  public String name() {
    return name;
  }

  /**
   * The pack's version, as it gives it.
   *
   * @return the version, e.g. {@code 2025.1}
   */
  public String version() {
    return version;
  }

  /**
   * Where the pack was loaded from.
   *
   * @return the file, or the name given to the text
   */
  public String source() {
    return source;
  }

  /**
   * The pack's rules, in the order it gives them.
   *
   * @return the rules, unmodifiable
   */
  public List<LocalRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return name + " " + version + " (" + source + ", " + rules.size() + " rules)";
  }
}
