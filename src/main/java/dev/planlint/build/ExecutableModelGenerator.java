package dev.planlint.build;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step, run by Maven in {@code process-classes}: compiles {@code rules/*.drl} into Drools' executable model
 * and writes the compiled classes and the model index into {@code target/classes}, so that planlint never compiles
 * its shipped DRL at run time. Not used at run time; its Drools dependencies are build-only.
 */
public final class ExecutableModelGenerator {

    /** Where the index of generated model classes is written; the engine reads it from the class path. */
    public static final String MODEL_INDEX = "META-INF/kie/dev.planlint/planlint-rules/drools-model";

    private ExecutableModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path output = Path.of(args[1]);
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("dev.planlint", "planlint-rules", "1");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        List<Path> drls = drlFiles(rules);
        for (Path drl : drls) {
            files.write("src/main/resources/rules/" + rules.relativize(drl), Files.readString(drl));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(error -> System.err.printf("rules/%s:%d:%d: %s%n",
                    String.valueOf(error.getPath()).replaceFirst("^src/main/resources/rules/", ""),
                    error.getLine(), error.getColumn(), error.getText()));
            throw new IllegalStateException(errors.size() + " error(s) in rules/*.drl");
        }
        int written = write((InternalKieModule) builder.getKieModule(), output);
        System.out.printf("[planlint] %d rule file(s) compiled to %d executable-model file(s)%n", drls.size(),
                written);
    }

    private static List<Path> drlFiles(Path rules) throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            return walk.filter(path -> path.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /** The generated classes and the model index; the project model is only for KieContainer, which we skip. */
    private static int write(InternalKieModule module, Path output) throws IOException {
        int written = 0;
        for (String name : module.getFileNames()) {
            boolean wanted = (name.endsWith(".class") || name.startsWith("META-INF/kie/"))
                    && !name.startsWith("org/drools/project/model/");
            if (wanted) {
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written++;
            }
        }
        return written;
    }
}
