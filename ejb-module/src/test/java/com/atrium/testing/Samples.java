package com.atrium.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-testing helper: checks a law against many generated samples from a fixed set of
 * seeds, always including the edge cases first, and names the seed and sample that broke it.
 */
public final class Samples {

  public static final int DEFAULT_TRIES = 1_000;

  private Samples() {}

  public static <T> void forAll(Function<Random, T> generator, Consumer<T> law) {
    forAll(DEFAULT_TRIES, generator, law);
  }

  public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> law) {
    long seed = Long.getLong("atrium.samples.seed", 20261123L);
    Random random = new Random(seed);
    for (int i = 0; i < tries; i++) {
      T sample = generator.apply(random);
      try {
        law.accept(sample);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "Law broken by sample #" + i + " (seed " + seed + "): " + sample, e);
      }
    }
  }

  /** A long in [min, max], with the bounds themselves drawn more often than chance. */
  public static long between(Random r, long min, long max) {
    int pick = r.nextInt(20);
    if (pick == 0) {
      return min;
    }
    if (pick == 1) {
      return max;
    }
    return min + (long) (r.nextDouble() * (max - min));
  }
}
