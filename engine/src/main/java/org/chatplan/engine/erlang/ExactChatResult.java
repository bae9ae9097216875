package org.chatplan.engine.erlang;

/**
 * Exact performance of the concurrent-chat Markov chain at one service-level threshold.
 *
 * @param agents number of agents N
 * @param maxConcurrency c, most chats per agent
 * @param arrivalRatePerSecond Poisson arrival rate lambda
 * @param meanHandleSeconds handle time at concurrency 1
 * @param meanPatienceSeconds mean patience, +Infinity for none
 * @param slThresholdSeconds the t of the service level
 * @param probWait P(an arrival finds every agent at c), PASTA
 * @param abandonRate fraction of arrivals who abandon, gamma E[q] / lambda
 * @param meanQueueSeconds mean time in queue over all arrivals, E[q] / lambda
 * @param asaSeconds mean wait of answered chats
 * @param serviceLevel P(answered and wait <= t) over all arrivals
 * @param probWaitExceedsThreshold P(time in queue > t)
 * @param meanChatsInService E[chats held by agents]
 * @param occupancy E[chats in service] / (N c): share of chat slots in use
 * @param utilisation E[agents with >= 1 chat] / N
 * @param meanConcurrency E[chats in service] / E[agents with >= 1 chat] (0 if nobody is ever busy)
 * @param levelStates number of agent-level states solved numerically, C(N + c, c)
 * @param queueStates number of queue lengths kept before the analytic tail was cut
 */
public record ExactChatResult(
    int agents,
    int maxConcurrency,
    double arrivalRatePerSecond,
    double meanHandleSeconds,
    double meanPatienceSeconds,
    double slThresholdSeconds,
    double probWait,
    double abandonRate,
    double meanQueueSeconds,
    double asaSeconds,
    double serviceLevel,
    double probWaitExceedsThreshold,
    double meanChatsInService,
    double occupancy,
    double utilisation,
    double meanConcurrency,
    int levelStates,
    int queueStates) {}
