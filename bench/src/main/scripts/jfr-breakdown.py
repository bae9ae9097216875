#!/usr/bin/env python3
"""Where a JMH run's time goes, by engine component, from a JFR recording.

How to run (JDK 17's `jfr` tool on the PATH):

  java -jar bench/target/benchmarks.jar 'MmcmBench.chatplan$' -f 1 -wi 2 -i 3 -w 10s -r 10s \
      -prof "jfr:dir=/tmp/jfr;configName=profile" \
      -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"
  python3 bench/src/main/scripts/jfr-breakdown.py /tmp/jfr/*/profile.jfr

Also works on MmcmBench.chatplanKernelOnly. Execution samples inside a replication are split into
the event loop (ChatCentre.run, KernelMmcm.run or Simulator.runUntil) and the rest (building the
centre, read-out). Each event-loop sample is charged to the innermost stack
frame that belongs to one of the components below; a sample whose frames up to the loop match none
is "model logic": the event handlers' own code.
"""
import collections
import re
import subprocess
import sys

COMPONENTS = [
    ("event list (AdaptiveEventQueue, HeapEventQueue, Simulator)", r"EventQueue|Simulator\.(next|schedule|kind|target|aux)"),
    ("wait histograms (HdrHistogram, CoarseHistogram, recordWait)", r"HdrHistogram|WaitHistogram|CoarseHistogram|Accounting\.recordWait"),
    ("counters and CSAT (Accounting, ChatOutcomes)", r"Accounting\.|ChatOutcomes|Satisfaction|\.count\("),
    ("time-weighted statistics (TimeWeighted)", r"TimeWeighted"),
    ("random variates (commons-rng samplers, ArrivalProcess)", r"commons\.rng|ArrivalProcess"),
    ("agents and routing (AgentPool, Router)", r"AgentPool|Router"),
    ("queue of chats (ChatQueue)", r"ChatQueue"),
    ("chat pool (ChatPool)", r"ChatPool"),
]


# The frame that runs the event loop: a model's own loop over Simulator.next, or runUntil.
LOOP = re.compile(r"ChatCentre\.run\(|KernelMmcm\.run\(|Simulator\.runUntil")


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    for ev in out.split("jdk.ExecutionSample")[1:]:
        m = re.search(r"stackTrace = \[(.*?)\n\s*\]", ev, re.S)
        if m:
            yield [re.sub(r"\s+line:.*", "", l.strip()) for l in m.group(1).strip().split("\n")
                   if l.strip() and l.strip() != "..."]


def main(paths):
    for path in paths:
        phases = collections.Counter()
        parts = collections.Counter()
        for frames in samples(path):
            if not any("Experiment.replicate" in f or "KernelMmcm.run" in f for f in frames):
                continue
            if not any(LOOP.search(f) for f in frames):
                phases["outside the event loop (centre set-up, read-out)"] += 1
                continue
            phases["event loop"] += 1
            part = "model logic (event handlers' own code)"
            for f in frames:
                hit = [name for name, rx in COMPONENTS if re.search(rx, f)]
                if hit:
                    part = hit[0]
                    break
                if LOOP.search(f):
                    break
            parts[part] += 1
        total = sum(phases.values())
        loop = sum(parts.values())
        print(f"{path}: {total} samples in a replication")
        for k, v in phases.most_common():
            print(f"  {100 * v / total:5.1f}%  {k}")
        print(f"  event loop, {loop} samples:")
        for k, v in parts.most_common():
            print(f"    {100 * v / loop:5.1f}%  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
