package dev.byhand.rubric;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Looks up a rubric's enumerated setting by the id written in the file. */
public final class Choices {
  private Choices() {}

  public static <T> Optional<T> byId(T[] values, Function<T, String> id, String text) {
    return Arrays.stream(values).filter(value -> id.apply(value).equals(text)).findFirst();
  }
}
