package dev.planlint.facts;

import dev.planlint.model.Subject;
import dev.planlint.path.PopulationPath;

/** The population vision's path, with the newest actual population set on it: a thin view for the rules. */
public final class PopulationPathFact {

    private final Subject subject;
    private final PopulationPath path;

    PopulationPathFact(Subject subject, PopulationPath path) {
        this.subject = subject;
        this.path = path;
    }

    public Subject getSubject() {
        return subject;
    }

    public PopulationPath getPath() {
        return path;
    }

    public boolean isBehind() {
        return path.isBehind();
    }

    @Override
    public String toString() {
        return "PopulationPathFact[" + path.latestYear() + " " + path.latestValue() + "]";
    }
}
