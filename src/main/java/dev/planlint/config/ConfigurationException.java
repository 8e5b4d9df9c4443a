package dev.planlint.config;

/** A configuration file or option that cannot be used, with a message that says why. */
public final class ConfigurationException extends Exception {

    public ConfigurationException(String message) {
        super(message);
    }
}
