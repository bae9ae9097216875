package org.chatplan.engine.random;

import java.util.Arrays;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * The streams of one experiment: for each (stream id, sub-index) a chain of jumped generators, one
 * per replication. Built once, read by many threads; each {@link #open} returns a fresh copy.
 */
public final class RandomStreams {
  /** Sub-indices laid out id by id (the first layout: results made with it stay the same). */
  private static final int FIRST_SUB = 64;
  private static final int MAX_SUB = 1024;
  private static final int IDS = StreamId.values().length;
  private final long seed;
  private final int replications;
  /** [key][replication] -> saved state of the generator at the start of that replication. */
  private final RandomProviderState[][] states;
  /** [key] -> the root generator after {@code key} long jumps, computed once, in order. */
  private final RandomProviderState[] longJumped;
  private XoShiRo256PlusPlus walker;
  private int walked;

  private RandomStreams(long seed, int replications) {
    this.seed = seed;
    this.replications = replications;
    this.states = new RandomProviderState[IDS * MAX_SUB][];
    this.longJumped = new RandomProviderState[IDS * MAX_SUB];
  }

  /** Streams for {@code replications} replications of an experiment with {@code seed}. */
  public static RandomStreams of(long seed, int replications) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1");
    }
    return new RandomStreams(seed, replications);
  }

  public long seed() {
    return seed;
  }

  public int replications() {
    return replications;
  }

  /** Highest sub-index + 1 (regions per scenario are limited to this many). */
  public static int maxSubStreams() {
    return MAX_SUB;
  }

  /** A new generator positioned at the start of (id, sub) for replication {@code rep}. */
  public UniformRandomProvider open(StreamId id, int sub, int rep) {
    if (sub < 0 || sub >= MAX_SUB) {
      throw new IllegalArgumentException("sub-stream " + sub + " out of range 0.." + (MAX_SUB - 1));
    }
    if (rep < 0 || rep >= replications) {
      throw new IllegalArgumentException("replication " + rep + " out of range");
    }
    int key = keyOf(id, sub);
    XoShiRo256PlusPlus g = new XoShiRo256PlusPlus(new long[] {1, 2, 3, 4});
    g.restoreState(chain(key)[rep]);
    return g;
  }

  /**
   * Where (id, sub) sits on the root generator's chain of long jumps. Sub-indices below 64 keep the
   * first layout (id by id); higher ones, added for scenarios with more regions, come after all of
   * those, sub by sub, so that a scenario with a few more regions walks only a little further.
   */
  static int keyOf(StreamId id, int sub) {
    return sub < FIRST_SUB ? id.ordinal() * FIRST_SUB + sub : IDS * FIRST_SUB + (sub - FIRST_SUB) * IDS + id.ordinal();
  }

  private synchronized RandomProviderState[] chain(int key) {
    RandomProviderState[] c = states[key];
    if (c == null) {
      XoShiRo256PlusPlus g = new XoShiRo256PlusPlus(new long[] {1, 2, 3, 4});
      g.restoreState(longJumped(key));
      c = new RandomProviderState[replications];
      for (int r = 0; r < replications; r++) {
        c[r] = ((RestorableUniformRandomProvider) g.jump()).saveState();
      }
      states[key] = c;
    }
    return c;
  }

  /** The root after {@code key} long jumps: each long jump is made once per experiment. */
  private RandomProviderState longJumped(int key) {
    if (walker == null) {
      walker = new XoShiRo256PlusPlus(rootState());
      longJumped[0] = walker.saveState();
    }
    while (walked < key) {
      walker.longJump();
      longJumped[++walked] = walker.saveState();
    }
    return longJumped[key];
  }

  private long[] rootState() {
    SplitMix64 mix = new SplitMix64(seed);
    long[] s = new long[4];
    for (int i = 0; i < 4; i++) {
      s[i] = mix.nextLong();
    }
    return s;
  }

  @Override public String toString() {
    return "RandomStreams[seed=" + seed + ", replications=" + replications + ", keys="
        + Arrays.stream(states).filter(x -> x != null).count() + "]";
  }
}
