package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Mutant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A rubric's mistakes, compiled when they are first asked for rather than at load: a run that
 * diagnoses no wrong answer (a format {@code check}, a class where everyone is right) compiles
 * none. What can be wrong with a rubric's mistake declarations is checked at load all the same
 * ({@code MisconceptionsReader}); compiling the derived ones only decides which of them change the
 * reference, so it cannot fail. Unmodifiable, thread-safe; compiled at most once.
 */
final class CompiledOnUse extends AbstractList<Mutant> implements RandomAccess {
  private Supplier<List<Mutant>> compile;
  private volatile List<Mutant> compiled;

  private CompiledOnUse(Supplier<List<Mutant>> compile) {
    this.compile = requireNonNull(compile, "compile");
  }

  /** The list {@code compile} gives, made on first use. */
  static List<Mutant> of(Supplier<List<Mutant>> compile) {
    return new CompiledOnUse(compile);
  }

  /** {@code mistakes} unchanged when it is compiled on use, else an unmodifiable copy. */
  static List<Mutant> copyOf(List<Mutant> mistakes) {
    return mistakes instanceof CompiledOnUse ? mistakes : List.copyOf(mistakes);
  }

  private List<Mutant> compiled() {
    List<Mutant> list = compiled;
    if (list == null) {
      synchronized (this) {
        list = compiled;
        if (list == null) {
          list = List.copyOf(compile.get());
          compiled = list;
          // What compiled them (the network, the rubric's fields) is no longer kept alive.
          compile = null;
        }
      }
    }
    return list;
  }

  @Override
  public Mutant get(int index) {
    return compiled().get(index);
  }

  @Override
  public int size() {
    return compiled().size();
  }
}
