package dev.planlint.load;

import dev.planlint.diagnostic.SourceFile;

import dev.planlint.model.Strategy;

import java.util.Optional;

/** A valid strategy with the file it came from and, when it names one, its valid predecessor. */
public record LoadedStrategy(SourceFile source, Strategy strategy, Optional<LoadedStrategy> predecessor) {
}
