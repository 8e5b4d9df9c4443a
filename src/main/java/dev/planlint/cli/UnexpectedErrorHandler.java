package dev.planlint.cli;

import picocli.CommandLine;

/**
 * The last line of defence: a bug in planlint is reported in one sentence with exit 2, never as a stack trace to a
 * planner. Set PLANLINT_DEBUG=1 to see the trace.
 */
final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("planlint: internal error: " + exception
                + " (please report it; PLANLINT_DEBUG=1 shows the details)");
        if (System.getenv("PLANLINT_DEBUG") != null) {
            exception.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.INVALID;
    }
}
