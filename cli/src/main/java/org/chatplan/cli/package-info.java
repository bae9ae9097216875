/**
 * The {@code chatplan} command line: one Picocli subcommand per job, exit codes mapped in one place
 * ({@link org.chatplan.cli.Main}): 0 success, 1 a run that failed, 2 bad usage or bad input. User
 * errors print one line per problem and never a stack trace.
 */
package org.chatplan.cli;
