package dev.planlint.load;

import dev.planlint.diagnostic.SourceFile;

import dev.planlint.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What loading a file gave: the strategy when it and every predecessor are valid, every diagnostic, and the text of
 * every file read so that the diagnostics can quote them.
 */
public record LoadResult(Optional<LoadedStrategy> strategy, List<Diagnostic> diagnostics,
                         Map<String, SourceFile> sources) {

    public LoadResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
        sources = Map.copyOf(sources);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
