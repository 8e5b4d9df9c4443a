package dev.planlint.cli;

import dev.planlint.catalog.Severity;
import dev.planlint.check.Baseline;
import dev.planlint.check.Checker;
import dev.planlint.check.Report;
import dev.planlint.check.ReportSink;
import dev.planlint.load.ActualRow;
import dev.planlint.diagnostic.Diagnostic;
import dev.planlint.render.JsonReportStream;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code planlint check --format json}: the report streamed from the check (see {@link Checker#stream}), so that a
 * batch of any size runs in the same memory; with --write-baseline a second, indented, document from the same parts.
 */
final class StreamedJsonCheck {

    private StreamedJsonCheck() {
    }

    /** The exit code; the report goes to {@code output} (replaced whole) or to {@code out}. */
    static int run(Checker checker, LocalDate asOf, List<Path> files, List<ActualRow> actuals,
                   List<Diagnostic> actualsProblems, Optional<Baseline> baseline, Severity failLevel, Locale locale,
                   boolean compact, Optional<Path> output, Optional<Path> writeBaseline, PrintWriter out,
                   OutputTargets outputs)
            throws IOException {
        List<Path> filesRead = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (JsonReportStream report = new JsonReportStream(locale, compact);
             JsonReportStream newBaseline = new JsonReportStream(locale, false)) {
            checker.stream(files, actuals, actualsProblems, new ReportSink<JsonReportStream.Part[]>() {
                @Override
                public JsonReportStream.Part[] prepare(Report part) {
                    filesRead.addAll(OutputTargets.filesRead(part));
                    Report judged = baseline.map(part::against).orElse(part);
                    return new JsonReportStream.Part[] {report.prepare(judged),
                            writeBaseline.isPresent() ? newBaseline.prepare(judged) : null};
                }

                @Override
                public void accept(JsonReportStream.Part[] prepared) throws IOException {
                    report.accept(prepared[0]);
                    if (prepared[1] != null) {
                        newBaseline.accept(prepared[1]);
                    }
                }
            });
            // A previous-period file is known only once read: none may be overwritten.
            outputs.checkNotInput(List.copyOf(filesRead));
            if (output.isPresent()) {
                ReportOutput.writeFile(output.get(), stream -> report.finish(asOf, stream));
            } else {
                report.finish(asOf, out);
            }
            if (writeBaseline.isPresent()) {
                ReportOutput.writeFile(writeBaseline.get(), stream -> newBaseline.finish(asOf, stream));
            }
            if (report.hasInputErrors()) {
                return ExitCodes.INVALID;
            }
            return failLevel != null && report.hasFindingsAtLeast(failLevel) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
        }
    }
}
