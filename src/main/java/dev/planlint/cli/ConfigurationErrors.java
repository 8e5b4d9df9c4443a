package dev.planlint.cli;

import dev.planlint.config.ConfigurationException;
import dev.planlint.render.DiagnosticPrinter;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** A configuration that cannot be used, said as every command says it: positioned where it can be, else in words. */
final class ConfigurationErrors {

    private ConfigurationErrors() {
    }

    static void print(ConfigurationException wrong, Locale locale, PrintWriter err) {
        if (wrong.diagnostic().isPresent()) {
            new DiagnosticPrinter(locale, Map.of()).print(wrong.diagnostic().get(), err);
        } else {
            err.println("planlint: " + wrong.getMessage());
        }
        err.flush();
    }
}
