package org.chatplan.engine.centre;

import org.chatplan.engine.model.Site;

/**
 * What each site pays in each reporting interval: scheduled hours (shrinkage included) and overtime,
 * at the site's hourly cost plus the night premium on hours worked 22:00-06:00 site time and the
 * overtime premium on overtime (docs/metrics.md). The whole window's figures are the sums of the
 * intervals', so the per-interval table adds up to the totals.
 */
final class Labour {
  private final int sites;
  /** [interval * sites + site], seconds. */
  private final double[] paid;
  private final double[] overtime;
  /** [interval * sites + site], currency. */
  private final double[] cost;

  Labour(java.util.List<Site> siteList, ShiftSchedule[] shifts, Overtime ot, int intervals) {
    sites = siteList.size();
    paid = new double[intervals * sites];
    overtime = new double[intervals * sites];
    cost = new double[intervals * sites];
    for (int s = 0; s < sites; s++) {
      Site site = siteList.get(s);
      double perSecond = site.hourlyCost() / 3600;
      for (int i = 0; i < intervals; i++) {
        int k = i * sites + s;
        double scheduled = shifts[s].paidInInterval(i);
        overtime[k] = ot.seconds(i, s);
        paid[k] = scheduled + overtime[k];
        double night = shifts[s].nightInInterval(i) + ot.nightSeconds(i, s);
        cost[k] = perSecond * (scheduled + overtime[k] * (1 + site.overtimePremium()) + night * site.nightPremium());
      }
    }
  }

  /** Paid seconds (scheduled + overtime) of site s in interval i. */
  double paid(int i, int s) {
    return paid[i * sites + s];
  }

  double overtime(int i, int s) {
    return overtime[i * sites + s];
  }

  double cost(int i, int s) {
    return cost[i * sites + s];
  }
}
