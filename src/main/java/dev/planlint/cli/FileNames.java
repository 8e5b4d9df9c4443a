package dev.planlint.cli;

import picocli.CommandLine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names from the command line. Under a locale whose file-name encoding is not UTF-8 (LANG=C), Java cannot
 * name a Japanese file at all: the argument arrives as replacement characters. That is said plainly, with the fix,
 * instead of picocli's message that names Java classes.
 */
final class FileNames implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String name) {
        try {
            if (name.indexOf('\uFFFD') >= 0) {
                throw new InvalidPathException(name, "undecodable");
            }
            return Path.of(name);
        } catch (InvalidPathException notNameable) {
            throw new CommandLine.TypeConversionException("the file name " + name + " cannot be read: this "
                    + "machine's locale encodes file names as " + System.getProperty("sun.jnu.encoding")
                    + ", not UTF-8; run planlint under a UTF-8 locale, e.g. LANG=C.UTF-8");
        }
    }
}
