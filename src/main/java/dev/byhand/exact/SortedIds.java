package dev.byhand.exact;

import static java.util.Objects.requireNonNull;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Unmodifiable sorted sets of token ids. {@code Collections.unmodifiableSortedSet} would do, but
 * the browser build's class library (TeaVM) lacks it, and the self-check page runs this code too.
 */
public final class SortedIds {
  private SortedIds() {}

  /** An unmodifiable sorted copy of {@code ids}; never null. */
  public static SortedSet<Integer> copyOf(Collection<Integer> ids) {
    return new Unmodifiable(new TreeSet<>(requireNonNull(ids, "ids")));
  }

  private static final class Unmodifiable extends AbstractSet<Integer>
      implements SortedSet<Integer> {
    private final SortedSet<Integer> ids;

    Unmodifiable(SortedSet<Integer> ids) {
      this.ids = ids;
    }

    @Override
    public Iterator<Integer> iterator() {
      return Collections.unmodifiableSet(ids).iterator();
    }

    @Override
    public int size() {
      return ids.size();
    }

    @Override
    public boolean contains(Object o) {
      return ids.contains(o);
    }

    @Override
    public Comparator<? super Integer> comparator() {
      return ids.comparator();
    }

    @Override
    public SortedSet<Integer> subSet(Integer from, Integer to) {
      return new Unmodifiable(ids.subSet(from, to));
    }

    @Override
    public SortedSet<Integer> headSet(Integer to) {
      return new Unmodifiable(ids.headSet(to));
    }

    @Override
    public SortedSet<Integer> tailSet(Integer from) {
      return new Unmodifiable(ids.tailSet(from));
    }

    @Override
    public Integer first() {
      return ids.first();
    }

    @Override
    public Integer last() {
      return ids.last();
    }
  }
}
