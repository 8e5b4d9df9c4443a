package dev.planlint.cli;

import dev.planlint.catalog.Release;
import picocli.CommandLine;

/** The version of this build, as Maven wrote it into release.properties. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"planlint " + Release.current().version()};
    }
}
