package dev.planlint.diagnostic;

/** How serious a problem in the input is: an error makes the input invalid (exit 2); a notice only informs. */
public enum InputSeverity {
    ERROR,
    NOTICE
}
