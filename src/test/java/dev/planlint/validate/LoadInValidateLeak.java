package dev.planlint.validate;

import dev.planlint.load.LoadResult;

/** A deliberate leak for {@code ArchitectureLeaksTest}: validate importing load. Not used by anything. */
final class LoadInValidateLeak {

    private LoadInValidateLeak() {
    }

    static boolean loaded(LoadResult result) {
        return result != null;
    }
}
