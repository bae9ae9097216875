package org.chatplan.engine.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A random duration given by its mean (seconds) and coefficient of variation. The model is a value;
 * {@link #sampler} binds it to one random stream, so the same model drives any number of streams.
 */
public sealed interface DurationModel {

  /** Mean in seconds. */
  double mean();

  /** Coefficient of variation (standard deviation / mean). */
  double cv();

  /** Scenario name of the distribution family. */
  String family();

  /** A sampler drawing from this distribution with the given stream; samplers allocate nothing. */
  ContinuousSampler sampler(UniformRandomProvider rng);

  /** The same shape with the mean multiplied by {@code factor} (triage savings, translation). */
  DurationModel scaled(double factor);

  /**
   * Builds a model from its scenario name. Erlang needs 1/cv^2 to be a whole number of phases; the
   * nearest one is used (the scenario validator warns when it is not whole).
   */
  static DurationModel of(String family, double mean, double cv) {
    Checks.positive("mean", mean);
    return switch (family) {
      case "exponential" -> new Exponential(mean);
      case "lognormal" -> cv == 0 ? new Constant(mean) : new LogNormal(mean, cv);
      case "gamma" -> cv == 0 ? new Constant(mean) : new Gamma(mean, cv);
      case "erlang" -> cv == 0 ? new Constant(mean)
          : new Erlang(mean, Math.max(1, Math.round(1 / (cv * cv))));
      case "constant" -> new Constant(mean);
      default -> throw new IllegalArgumentException("unknown distribution '" + family
          + "'; use exponential, lognormal, gamma, erlang or constant");
    };
  }

  /** Exponential with the given mean (cv 1). */
  record Exponential(double mean) implements DurationModel {
    public Exponential {
      Checks.positive("mean", mean);
    }

    @Override public double cv() {
      return 1;
    }

    @Override public String family() {
      return "exponential";
    }

    @Override public ContinuousSampler sampler(UniformRandomProvider rng) {
      return ZigguratSampler.Exponential.of(rng, mean);
    }

    @Override public DurationModel scaled(double factor) {
      return new Exponential(mean * factor);
    }
  }

  /** Lognormal parameterised by mean and cv: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2. */
  record LogNormal(double mean, double cv) implements DurationModel {
    public LogNormal {
      Checks.positive("mean", mean);
      Checks.positive("cv", cv);
    }

    @Override public String family() {
      return "lognormal";
    }

    @Override public ContinuousSampler sampler(UniformRandomProvider rng) {
      double sigma2 = Math.log1p(cv * cv);
      double mu = Math.log(mean) - sigma2 / 2;
      return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mu, Math.sqrt(sigma2));
    }

    @Override public DurationModel scaled(double factor) {
      return new LogNormal(mean * factor, cv);
    }
  }

  /** Gamma with shape 1/cv^2 and scale mean*cv^2. */
  record Gamma(double mean, double cv) implements DurationModel {
    public Gamma {
      Checks.positive("mean", mean);
      Checks.positive("cv", cv);
    }

    @Override public String family() {
      return "gamma";
    }

    @Override public ContinuousSampler sampler(UniformRandomProvider rng) {
      double shape = 1 / (cv * cv);
      return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, mean / shape);
    }

    @Override public DurationModel scaled(double factor) {
      return new Gamma(mean * factor, cv);
    }
  }

  /**
   * Erlang with k exponential phases: a sum of k exponentials of mean mean/k, cv = 1/sqrt(k). Past
   * {@link #SUMMED_PHASES} phases it is drawn as the gamma distribution it is (shape k), in constant
   * time: a cv of 0.001 is a million phases.
   */
  record Erlang(double mean, long phases) implements DurationModel {
    static final int SUMMED_PHASES = 64;

    public Erlang {
      Checks.positive("mean", mean);
      if (phases < 1) {
        throw new IllegalArgumentException("erlang phases must be >= 1, got " + phases);
      }
    }

    @Override public double cv() {
      return 1 / Math.sqrt(phases);
    }

    @Override public String family() {
      return "erlang";
    }

    @Override public ContinuousSampler sampler(UniformRandomProvider rng) {
      if (phases > SUMMED_PHASES) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(rng, phases, mean / phases);
      }
      ContinuousSampler phase = ZigguratSampler.Exponential.of(rng, mean / phases);
      int k = (int) phases;
      return () -> {
        double sum = 0;
        for (int i = 0; i < k; i++) {
          sum += phase.sample();
        }
        return sum;
      };
    }

    @Override public DurationModel scaled(double factor) {
      return new Erlang(mean * factor, phases);
    }
  }

  /** Always the mean. Consumes no random numbers. */
  record Constant(double mean) implements DurationModel {
    public Constant {
      Checks.positive("mean", mean);
    }

    @Override public double cv() {
      return 0;
    }

    @Override public String family() {
      return "constant";
    }

    @Override public ContinuousSampler sampler(UniformRandomProvider rng) {
      double m = mean;
      return () -> m;
    }

    @Override public DurationModel scaled(double factor) {
      return new Constant(mean * factor);
    }
  }
}
