package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is the package {@code org.nianbao}; nothing in it hands out a type of {@code
 * org.nianbao.internal}, so the internals can change freely.
 */
class ApiBoundaryTest {

  @Test
  void publicSignaturesExposeNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass().getName().startsWith("org.nianbao")) {
          check(type + "." + method.getName() + " returns", method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            check(type + "." + method.getName() + " takes", parameter, leaks);
          }
        }
      }
      if (type.isRecord()) {
        for (RecordComponent c : type.getRecordComponents()) {
          check(type + "." + c.getName(), c.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void everyPublicTypeIsDocumented() throws IOException {
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/nianbao"))) {
      sources.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).forEach(p -> {
        try {
          String text = Files.readString(p);
          int start = text.indexOf("public ");
          assertThat(text.substring(0, start)).as(p.toString()).contains("/**");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  private static List<Class<?>> publicTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/nianbao"))) {
      for (Path p : sources.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
        Class<?> type = Class.forName("org.nianbao." + p.getFileName().toString().replace(".java", ""));
        types.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
          if (Modifier.isPublic(nested.getModifiers())) {
            types.add(nested);
          }
        }
      }
    }
    return types;
  }

  private static void check(String where, Type type, List<String> leaks) {
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith("org.nianbao.internal")) {
        leaks.add(where + " " + c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), leaks);
      for (Type argument : p.getActualTypeArguments()) {
        check(where, argument, leaks);
      }
    }
  }
}
