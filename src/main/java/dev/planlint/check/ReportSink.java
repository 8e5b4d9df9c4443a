package dev.planlint.check;

import java.io.IOException;

/**
 * Where a streamed check ({@link Checker#stream}) sends its report: a part per file, so that a batch is never held
 * whole. {@link #prepare} runs on the worker that checked the file, so that rendering uses the cores too;
 * {@link #accept} runs on the calling thread, one part at a time, in the order of the files' names.
 *
 * @param <P> what the sink keeps of a part
 */
public interface ReportSink<P> {

    P prepare(Report part);

    void accept(P prepared) throws IOException;
}
