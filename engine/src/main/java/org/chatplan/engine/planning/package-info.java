/**
 * Staffing: how many agents each site needs on duty in every reporting interval to meet the
 * scenario's targets, and what the same customers would cost on the phone.
 *
 * <p>This package owns the {@link org.chatplan.engine.planning.StaffingPlanner} (an analytic start
 * per interval and site, corrected by simulating the whole horizon with common random numbers), its
 * result {@link org.chatplan.engine.planning.StaffingPlan}, the stationary per-interval sizing
 * {@link org.chatplan.engine.planning.AnalyticStaffing}, and the
 * {@link org.chatplan.engine.planning.PhoneBaseline}. It only reads scenarios and runs
 * {@link org.chatplan.engine.run.Experiment}s; it keeps no state between calls, and its results are
 * immutable records that depend only on the scenario, its seed and the replications, never on the
 * thread count or the clock. Algorithms and formulas: docs/staffing.md and docs/phone-baseline.md.
 */
package org.chatplan.engine.planning;
